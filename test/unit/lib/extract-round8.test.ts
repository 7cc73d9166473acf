/**
 * Rules from the 2026-12-07 round-8 pass on article recognition and body extraction (issue 7): development pages
 * (mercury set) changed the way other real sites differ from them, as `scripts/stress-pages.ts` changes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractWithReason, findArticleRoot } from '../../../lib/extract';
import { cutForPaywall, PAYWALL_OFFER, stripMarkup, typeWithBr } from '../../../scripts/stress-changes';

const file = (dir: string, f: string) => fs.readFileSync(path.resolve(__dirname, `../../fixtures/mercury-pages/${dir}/${f}`), 'utf8');
const load = (dir: string) => parseHTML(file(dir, 'source.html')).document as unknown as Document;
/** The page's address, as the content script passes `location.href`. */
const urlOf = (dir: string): string => JSON.parse(file(dir, 'expected.json')).url;

describe('a paywalled teaser (stress-pages --mode paywall)', () => {
  // Western Journalism's story cut after its third paragraph of 80+ characters, then a subscription offer in Piano's
  // wrapper (a neutral name) where the rest of the story was.
  const PAGE = 'www.westernjournalism.com--1482520953825';
  const URL = urlOf(PAGE);
  const teaser = (part: string) => {
    const doc = load(PAGE);
    const root = findArticleRoot(doc)!;
    const third = Array.from(root.querySelectorAll('p')).filter((q) => (q.textContent ?? '').trim().length >= 80)[2];
    cutForPaywall(doc, root, part);
    return { doc, third: (third.textContent ?? '').trim().slice(0, 60) };
  };

  it('reads the teaser without the offer: a box opening with "Subscribe…" is not the story', async () => {
    const { doc, third } = teaser(PAYWALL_OFFER);
    const text = (await extractWithReason(doc, { url: URL })).article?.text ?? '';
    expect(text).toContain(third);
    expect(text).not.toContain('unlimited access');
  });

  it('still reads a part of the story whose subheading begins with "Subscribers" (a whole word)', async () => {
    const { doc } = teaser(`<div class="part"><h2>Subscribers leave the ferry pass</h2><p>The pass lost a third of its subscribers in a year, the company said, as fares rose and the timetable thinned over the winter months.</p></div>`);
    expect((await extractWithReason(doc, { url: URL })).article?.text).toContain('lost a third of its subscribers');
  });
});

describe('a story typed into one div with <br><br> beside linked headlines (stress-pages --mode br)', () => {
  // today.com's story block, its paragraphs joined into one div as older systems and forums write them; the page
  // also holds 8 linked headlines ("Related", "Trending"). The lines are the story's paragraphs, as a reader sees them.
  it('is read as the story, not taken for a list of headlines', async () => {
    const doc = load('www.today.com--1482432737905');
    const root = findArticleRoot(doc)!;
    expect(Array.from(root.children).filter((c) => c.tagName === 'P').length).toBeGreaterThan(3);
    typeWithBr(doc, root);
    expect(root.querySelectorAll(':scope > p').length).toBe(0);
    const x = await extractWithReason(doc, { url: urlOf('www.today.com--1482432737905') });
    expect(x.reason).not.toMatch(/linked headlines/);
    expect(x.article?.text).toContain('I am a marvelous housekeeper');
    expect(x.article?.text).toContain('Hat tip to Curbed for the timely find');
  });
});

describe('short lines with no markup at all (stress-pages --mode strip)', () => {
  /** A Readability-set page with its JSON-LD, og:type and microdata taken out (a system that declares nothing). */
  const stripped = (name: string) => {
    const doc = parseHTML(fs.readFileSync(path.resolve(__dirname, `../../fixtures/real-pages/${name}/source.html`), 'utf8')).document as unknown as Document;
    stripMarkup(doc);
    return doc;
  };

  it("are not a story when they are a product page's list of features, a line in each list item", async () => {
    // Firefox Developer Edition's welcome page: 9 short lines, 8 of them under a feature's heading in <li class="feature">.
    const x = await extractWithReason(stripped('mozilla-2'));
    expect(x.article).toBeNull();
  });

  it("are a story when they are a live blog's entries", async () => {
    const x = await extractWithReason(stripped('own-live-blog'));
    expect(x.reason).toMatch(/in 6 paragraphs of one block/);
    expect(x.article?.text).toContain('Civil Defence says about 2,000 people have left their homes in Napier');
  });
});

describe("a dropdown's text (stress-pages --mode paywall on a tweet's page)", () => {
  // Twitter's page for one tweet (og:type=article), with a subscription offer after the block found as its story (the
  // tweet, too short to cut): the offer is not the story, and what is left must not be the help text of a location
  // dropdown (<div id="geo-disabled-dropdown">, shown when its button is pressed).
  it('is not a story: a dropdown is a menu', async () => {
    const doc = load('twitter.com--tweet');
    cutForPaywall(doc, findArticleRoot(doc)); // (fewer than three long paragraphs: nothing cut, the offer after the block)
    const x = await extractWithReason(doc, { url: urlOf('twitter.com--tweet') });
    expect(x.article?.text ?? '').not.toContain('Twitter stores that location');
    expect(x.article).toBeNull();
  });
});

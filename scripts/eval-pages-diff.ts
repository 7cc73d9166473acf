/**
 * `npx tsx scripts/eval-pages-diff.ts <page>`: for one page of the TUNING split (refuses test-split pages), the lines
 * our extraction reads that the reference lacks (+) and the reference's blocks we do not read (-), scored as
 * eval:pages scores them (the headline left out).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractWithReason } from '../lib/extract';
const DIR = path.resolve(import.meta.dirname, '../test/fixtures/real-pages');
const name = process.argv[2];
const split = JSON.parse(fs.readFileSync(path.join(DIR, 'split.json'), 'utf8')).pages;
if (split[name] !== 'tune') { console.log('not tune'); process.exit(1); }
const html = fs.readFileSync(path.join(DIR, name, 'source.html'), 'utf8');
const refHtml = fs.readFileSync(path.join(DIR, name, 'expected.html'), 'utf8');
const { document: rd } = parseHTML(`<!doctype html><html><body>${refHtml}</body></html>`);
const ref = (rd.body.textContent ?? '').replace(/\s+/g, ' ');
const { document } = parseHTML(html);
const { article, reason } = await extractWithReason(document as unknown as Document);
console.log(reason, article?.root.tagName, article?.root.className);
const h1 = document.querySelector('h1');
let got = article ? article.text : '';
if (article) for (const g of article.segments) if (h1?.contains(g.node as unknown as Node)) got = got.slice(0, g.start) + ' '.repeat(g.end - g.start) + got.slice(g.end);
got = got.slice(article?.bodyStart ?? 0);
const norm = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
const refN = norm(ref), gotN = norm(got);
console.log('--- in ours, not in ref:');
for (const line of got.split('\n')) { const n = norm(line); if (n.split(' ').length >= 3 && !refN.includes(n)) console.log('  +', line.trim().slice(0, 160)); }
console.log('--- in ref, not in ours:');
for (const b of Array.from(rd.querySelectorAll('p, li, h2, h3, div, td, blockquote'))) { if (b.querySelector('p,div,li')) continue; const n = norm(b.textContent ?? ''); if (n.split(' ').length >= 3 && !gotN.includes(n)) console.log('  -', `<${b.tagName}.${b.className}>`, (b.textContent ?? '').trim().replace(/\s+/g,' ').slice(0, 160)); }

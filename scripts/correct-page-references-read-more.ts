/**
 * `npx tsx scripts/correct-page-references-read-more.ts [--write]`
 * Third correction of Readability's reference bodies (test/fixtures/real-pages/<page>/expected.html), by one rule, on
 * every `article` page alike; it reads only the page's source and its reference, never our extraction's output.
 * Readability keeps "read more" lines inside a story ("Source: Trump 'irritated' by …", "[Read: …]", "Lire aussi : …"),
 * which issue 7 says are not the story (related links, recirculation). A read-more line is found in the *source*: a
 * `<p>` or `<div>` with no block inside, holding exactly one link to another page (not `#…`), whose link text has 20+
 * characters and whose other text (a lead-in) is at most 30 characters and at most half the link text, not inside a
 * `<blockquote>` or table cell. Any reference element whose whole text (letters and digits) equals such a line, or its
 * link text, is removed — unless the page's read-more lines together are a third of the reference's text or more (a
 * post of links, a list of deals: then they are the story). Without `--write` it only prints what it would remove.
 * Tuning pages: the removed lines are listed; test pages: only their count is printed (their text is not looked at).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

const DIR = path.resolve(import.meta.dirname, '../test/fixtures/real-pages');
const write = process.argv.includes('--write');
const labels: Record<string, { kind: string }> = JSON.parse(fs.readFileSync(path.join(DIR, 'labels.json'), 'utf8')).pages;
const split: Record<string, string> = JSON.parse(fs.readFileSync(path.join(DIR, 'split.json'), 'utf8')).pages;
const norm = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
const BLOCK_SEL = 'p, div, li, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6';

let pages = 0;
for (const name of Object.keys(labels).sort()) {
  if (labels[name].kind !== 'article') continue;
  const ref = path.join(DIR, name, 'expected.html');
  if (!fs.existsSync(ref)) continue;
  const { document: src } = parseHTML(fs.readFileSync(path.join(DIR, name, 'source.html'), 'utf8'));
  const lines = new Set<string>();
  for (const el of Array.from(src.querySelectorAll('p, div'))) {
    const links = el.querySelectorAll('a[href]');
    if (links.length !== 1 || el.querySelector(BLOCK_SEL) || el.closest('blockquote, td, th')) continue;
    const a = links[0];
    if ((a.getAttribute('href') ?? '').startsWith('#')) continue;
    const l = squash(a.textContent ?? '').length;
    const rest = squash(el.textContent ?? '').length - l;
    if (l < 20 || rest > 30 || rest > 0.5 * l) continue;
    lines.add(norm(el.textContent ?? ''));
    lines.add(norm(a.textContent ?? ''));
  }
  if (!lines.size) continue;
  const html = fs.readFileSync(ref, 'utf8');
  const { document: doc } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const total = norm(doc.body.textContent ?? '').length;
  const found: Element[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*')).reverse()) {
    const t = norm(el.textContent ?? '');
    if (t.length >= 15 && lines.has(t) && !found.some((f) => el.contains(f))) found.push(el);
  }
  // Outermost only: an element and the link inside it are one line.
  const outer = found.filter((el) => !found.some((f) => f !== el && f.contains(el)));
  const removedText = outer.reduce((n, el) => n + norm(el.textContent ?? '').length, 0);
  if (!outer.length || removedText >= 0.3 * total) continue;
  pages++;
  console.log(`${name} (${split[name]}): ${outer.length} removed`);
  if (split[name] === 'tune') for (const el of outer) console.log(`    - ${norm(el.textContent ?? '').slice(0, 120)}`);
  for (const el of outer) el.remove();
  if (write) fs.writeFileSync(ref, `${doc.body.innerHTML.trim()}\n`);
}
console.log(`${pages} pages`);

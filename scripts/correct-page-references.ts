/**
 * `npx tsx scripts/correct-page-references.ts [--write]`
 * One correction of Readability's reference bodies (test/fixtures/real-pages/<page>/expected.html), by rule, on every
 * `article` page alike (it reads only the page's source and its reference, never our extraction's output):
 * Readability turns a caption `<div>`/`<span>` into a plain `<p>` or text and drops its class, so the earlier pass
 * (removing elements whose class says caption/credit) missed them. Here the captions, credits, attributions and author
 * bios are found in the *source* page (an element whose class or id has a token caption, credit(s), attribution or
 * bio, not a state token like "no_caption"; under 600 characters) and any reference element or text run whose whole
 * text lies inside one of them (whole words, 15+ characters and at least half the caption: a subheading that a long
 * caption happens to quote stays) is removed. Without `--write` it only prints what it would remove.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

const DIR = path.resolve(import.meta.dirname, '../test/fixtures/real-pages');
const write = process.argv.includes('--write');
const labels: Record<string, { kind: string }> = JSON.parse(fs.readFileSync(path.join(DIR, 'labels.json'), 'utf8')).pages;
const split: Record<string, string> = JSON.parse(fs.readFileSync(path.join(DIR, 'split.json'), 'utf8')).pages;

const TOKEN = /(?:^|[-_])(?:caption|captions|credit|credits|attribution|bio)(?:[-_]|$)/i;
const STATE = /^(?:has|with|no|is|show|hide)[-_]/i;
const norm = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

for (const name of Object.keys(labels).sort()) {
  if (labels[name].kind !== 'article') continue;
  const ref = path.join(DIR, name, 'expected.html');
  if (!fs.existsSync(ref)) continue;
  const { document: src } = parseHTML(fs.readFileSync(path.join(DIR, name, 'source.html'), 'utf8'));
  const captions: string[] = [];
  for (const el of Array.from(src.querySelectorAll('[class], [id]'))) {
    const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter((t) => t && !STATE.test(t));
    if (!tokens.some((t) => TOKEN.test(t))) continue;
    const text = norm(el.textContent ?? '');
    if (text.length >= 15 && text.length <= 600) captions.push(text);
  }
  if (!captions.length) continue;
  const html = fs.readFileSync(ref, 'utf8');
  const { document: doc } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const inCaption = (t: string) => t.length >= 15 && captions.some((c) => t.length >= 0.5 * c.length && ` ${c} `.includes(` ${t} `));
  const removed: string[] = [];
  // Deepest first: an element is removed whole when all of its text is a caption's; then loose text runs.
  const els = Array.from(doc.body.querySelectorAll('*')).reverse();
  for (const el of els) {
    if (!el.isConnected) continue;
    const t = norm(el.textContent ?? '');
    if (inCaption(t)) {
      removed.push(t);
      el.remove();
    }
  }
  const walker = doc.createTreeWalker(doc.body, 4);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const n of texts) {
    const t = norm(n.data);
    if (inCaption(t)) {
      removed.push(t);
      n.remove();
    }
  }
  if (!removed.length) continue;
  // Pages of the test split: only the count is printed (their text is not looked at).
  console.log(`${name} (${split[name]}): ${removed.length} removed`);
  if (split[name] === 'tune') for (const r of removed) console.log(`    - ${r.slice(0, 120)}`);
  if (write) fs.writeFileSync(ref, `${doc.body.innerHTML.trim()}\n`);
}

import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract';
const name = process.argv[2];
const dir = `test/fixtures/real-pages/${name}`;
const { document } = parseHTML(fs.readFileSync(`${dir}/source.html`, 'utf8'));
const a = await extractArticle(document as any);
const ref = parseHTML(`<html><body>${fs.readFileSync(`${dir}/expected.html`, 'utf8')}</body></html>`).document.body.textContent!.replace(/\s+/g, ' ');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const lines = (a?.text ?? '').split('\n').map(norm).filter((l) => l.length > 2);
const ours = norm(a?.text ?? '');
console.log('--- EXTRA (ours, not in ref):');
for (const l of lines) if (!ref.includes(l.slice(0, 60))) console.log('  +', l.slice(0, 140));
console.log('--- MISSING (ref, not ours):');
const refDoc = parseHTML(`<html><body>${fs.readFileSync(`${dir}/expected.html`, 'utf8')}</body></html>`).document;
for (const p of Array.from(refDoc.querySelectorAll('p, li, h2, h3, figcaption, td')) as any[]) { const t = norm(p.textContent ?? ''); if (t.length > 20 && !ours.includes(t.slice(0, 50))) console.log('  -', p.tagName, t.slice(0, 140)); }

import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { jsonLdObjects } from '../lib/extract/evidence';
const name = process.argv[2];
const { document } = parseHTML(fs.readFileSync(`test/fixtures/real-pages/${name}/source.html`, 'utf8'));
const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'));
console.log('scripts', scripts.length, scripts.map((s: any) => (s.textContent ?? '').slice(0, 150)));
console.log(jsonLdObjects(document as any).map((o) => o['@type']));

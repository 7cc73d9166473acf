/**
 * `npx tsx scripts/import-mercury-fixtures.ts <unpacked mercury-parser package dir>`
 *
 * Copies the real news pages of `@postlight/mercury-parser@1.1.1` (`npm pack @postlight/mercury-parser@1.1.1`, then
 * `tar xzf` it: the folder is `package/`) into test/fixtures/mercury-pages/, with what its custom-extractor tests
 * (`src/extractors/custom/<domain>/index.test.js`) state about each page: the URL the test parses it under, the
 * title, `date_published` and the body's first words (`first13`). The tests are read with the TypeScript parser
 * (string literals and `+` concatenations only; nothing is executed). Only pages read by a custom-extractor test are
 * copied (mercury's generic-extractor fixtures and its HTTP recordings are not news pages with stated expectations).
 *
 * Each page becomes `<domain>--<fixture file name>` holding `source.html` (the fixture, with mercury's rewriting of
 * `<meta>` tags undone and the contents of `<script>` elements other than JSON-LD blanked — see README.md there) and
 * `expected.json`.
 * The labels (`kind`) are kept in labels.json, written by hand after looking at the pages; this script keeps the
 * labels already there and adds new pages as `article`.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const src = path.resolve(process.argv[2] ?? '/tmp/mercury/package');
const OUT = path.resolve(import.meta.dirname, '../test/fixtures/mercury-pages');
/** Pages above this size get their non-JSON-LD script contents blanked (0: all of them). */
const STRIP_ABOVE = 0;

interface Expect {
  url?: string;
  title?: string;
  /** mercury's date_published (an ISO instant in UTC), null when the test states the page has none */
  date_published?: string | null;
  /** the body's first words as the test states them (mercury's `first13`) */
  first_words?: string;
  test: string;
}

/** A string literal, a no-substitution template, `null`, or a `+` chain of them; undefined for anything else. */
function literal(n: ts.Node): string | null | undefined {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (n.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isParenthesizedExpression(n)) return literal(n.expression);
  if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = literal(n.left);
    const b = literal(n.right);
    return typeof a === 'string' && typeof b === 'string' ? a + b : undefined;
  }
  return undefined;
}

type Ev = { pos: number } & ({ t: 'fixture'; file: string } | { t: 'url'; url: string } | { t: 'assert'; what: string; value: string | null });

function events(file: string): Ev[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const out: Ev[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression.getText(sf);
      const a0 = n.arguments[0];
      if (/readFileSync$/.test(callee) && a0) {
        const f = literal(a0);
        if (typeof f === 'string' && f.startsWith('./fixtures/')) out.push({ t: 'fixture', file: f, pos: n.getStart(sf) });
      } else if (callee === 'assert.equal' && n.arguments.length >= 2) {
        const v = literal(n.arguments[1]);
        if (v !== undefined) out.push({ t: 'assert', what: a0.getText(sf), value: v, pos: n.getStart(sf) });
      } else if (/^Mercury\.parse$/.test(callee) && a0) {
        const u = literal(a0);
        if (typeof u === 'string') out.push({ t: 'url', url: u, pos: n.getStart(sf) });
      }
    } else if (ts.isVariableDeclaration(n) && n.initializer && /^(url|uri)$/.test(n.name.getText(sf))) {
      const u = literal(n.initializer);
      if (typeof u === 'string') out.push({ t: 'url', url: u, pos: n.getStart(sf) });
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && /^(url|uri)$/.test(n.left.getText(sf))) {
      const u = literal(n.right);
      if (typeof u === 'string') out.push({ t: 'url', url: u, pos: n.getStart(sf) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out.sort((a, b) => a.pos - b.pos);
}

/**
 * Each fixture read starts a group that runs to the next one; the page's URL is the URL set nearest to the read
 * (the one just before it, or the one just after it in the same group, e.g. `const uri = …` after the read).
 */
function expectations(file: string, test: string): Map<string, Expect> {
  const evs = events(file);
  const out = new Map<string, Expect>();
  const fixtures = evs.map((e, i) => [e, i] as const).filter(([e]) => e.t === 'fixture');
  fixtures.forEach(([fx, i], k) => {
    if (fx.t !== 'fixture') return;
    const prevI = k ? fixtures[k - 1][1] : -1;
    const nextI = k + 1 < fixtures.length ? fixtures[k + 1][1] : evs.length;
    const e: Expect = out.get(fx.file) ?? { test };
    // URL: the nearest url event after the previous group's last assert and before the next fixture
    let lastAssertPrev = prevI;
    for (let j = prevI + 1; j < i; j++) if (evs[j].t === 'assert') lastAssertPrev = j;
    const cands = evs.slice(lastAssertPrev + 1, nextI).filter((x) => x.t === 'url') as Extract<Ev, { t: 'url' }>[];
    const best = cands.sort((a, b) => Math.abs(a.pos - fx.pos) - Math.abs(b.pos - fx.pos))[0];
    if (best && !e.url) e.url = best.url;
    for (const x of evs.slice(i + 1, nextI)) {
      if (x.t !== 'assert') continue;
      if (x.what === 'title' && e.title === undefined && typeof x.value === 'string') e.title = x.value;
      else if (/^date_published(\.split\('T'\)\[0\])?$/.test(x.what) && e.date_published === undefined) e.date_published = x.value;
      else if (/^first\d+$/.test(x.what) && e.first_words === undefined && typeof x.value === 'string') e.first_words = x.value;
    }
    out.set(fx.file, e);
  });
  return out;
}

/**
 * Undo mercury's `normalizeMetaTags` (src/resource/utils/dom/normalize-meta-tags.js), which the fixtures were saved
 * after: it renamed every `<meta>`'s `content` to `value` and its `property` to `name`. Browsers and this project read
 * `content`, and Open Graph / article tags are RDFa `property` attributes on the real pages: `value` becomes `content`
 * again (where the tag has no `content`), and a `name` in the og:, article:, fb:, book:, profile:, video: or music:
 * namespace becomes `property`. Other names (description, DC.date, sailthru.date …) are names on the real pages too.
 */
function restoreMeta(html: string): { html: string; changed: number } {
  let changed = 0;
  const out = html.replace(/<meta\b[^>]*>/gi, (tag) => {
    let t = tag;
    if (!/\scontent\s*=/i.test(t) && /\svalue\s*=/i.test(t)) t = t.replace(/(\s)value(\s*=)/i, '$1content$2');
    t = t.replace(/(\s)name(\s*=\s*["']?(?:og|article|fb|book|profile|video|music):)/i, '$1property$2');
    if (t !== tag) changed++;
    return t;
  });
  return { html: out, changed };
}

/** Blank the contents of `<script>` elements that are not JSON-LD (the markup, attributes and JSON-LD stay). */
function stripScripts(html: string): string {
  return html.replace(/(<script\b([^>]*)>)([\s\S]*?)(<\/script\s*>)/gi, (all, open: string, attrs: string, body: string, close: string) =>
    /application\/ld\+json/i.test(attrs) || !body.trim() ? all : `${open}${close}`,
  );
}

const customDir = path.join(src, 'src/extractors/custom');
const all = new Map<string, Expect>();
for (const dom of fs.readdirSync(customDir).sort()) {
  const tf = path.join(customDir, dom, 'index.test.js');
  if (!fs.existsSync(tf)) continue;
  for (const [f, e] of expectations(tf, `src/extractors/custom/${dom}/index.test.js`)) if (!all.has(f)) all.set(f, e);
}

fs.mkdirSync(OUT, { recursive: true });
const labelsFile = path.join(OUT, 'labels.json');
const labels = fs.existsSync(labelsFile) ? JSON.parse(fs.readFileSync(labelsFile, 'utf8')) : { _doc: '', pages: {} };
let stripped = 0;
let metaRestored = 0;
let bytes = 0;
for (const [f, e] of [...all].sort(([a], [b]) => a.localeCompare(b))) {
  const rel = f.replace(/^\.\/fixtures\//, '');
  const from = path.join(src, 'fixtures', rel);
  if (!fs.existsSync(from)) {
    console.warn(`missing fixture ${rel} (${e.test})`);
    continue;
  }
  const name = rel.replace(/\.html$/, '').replace(/\//g, '--');
  const dir = path.join(OUT, name);
  fs.mkdirSync(dir, { recursive: true });
  const restored = restoreMeta(fs.readFileSync(from, 'utf8'));
  let html = restored.html;
  if (restored.changed) metaRestored++;
  const large = html.length > STRIP_ABOVE;
  if (large) {
    html = stripScripts(html);
    stripped++;
  }
  bytes += Buffer.byteLength(html);
  fs.writeFileSync(path.join(dir, 'source.html'), html);
  const expected = { source: `fixtures/${rel}`, scriptsBlanked: large, metaRestored: restored.changed > 0, ...e };
  fs.writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
  labels.pages[name] ??= { kind: 'article' };
}
fs.writeFileSync(labelsFile, `${JSON.stringify(labels, null, 1)}\n`);
for (const lic of ['LICENSE-APACHE', 'LICENSE-MIT']) fs.copyFileSync(path.join(src, lic), path.join(OUT, lic));
console.log(`${all.size} pages from ${customDir}; ${stripped} with script contents blanked; ${metaRestored} with <meta> restored; ${(bytes / 1e6).toFixed(1)} MB of HTML`);

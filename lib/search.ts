/** Name search over the dataset for the panel's search box: exact, then prefix, then word-prefix, then substring. */
import type { EntityRecord } from './types';

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’'`ʼ-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How well `name` matches the folded query: 0 (no match), 1 (inside a word), 2 (a word of it starts so), 3 (exact). */
function score(name: string, q: string): number {
  const n = fold(name);
  if (n === q) return 3;
  // A reader types the start of any word of a name: "Oba" for Barack Obama, "Assad" for Bashar al-Assad.
  if (n.startsWith(q) || n.includes(` ${q}`)) return 2;
  if (q.length >= 3 && n.includes(q)) return 1;
  return 0;
}

/**
 * Entities whose name, aliases or acronyms match `query`, best first: an exact name or alias; then names with a word
 * that starts so; then aliases with such a word ("Trump peace plan" is an alias of the Gaza peace plan, and comes after
 * Donald Trump); then matches inside a word. Within a rank, the entities the news writes about first: those with a
 * Wikipedia article before the thousands of towns from gazetteers, then names that begin with the query (New York
 * before Papua New Guinea), then those written in more ways (Bashar al-Assad before Asma al-Assad), then shorter
 * names, then alphabetical.
 */
export function searchEntities(entities: readonly EntityRecord[], query: string, limit = 20): EntityRecord[] {
  const q = fold(query).slice(0, 100);
  if (!q) return [];
  const hits: { e: EntityRecord; s: number; first: number; names: number }[] = [];
  for (const e of entities) {
    const own = score(e.name, q);
    let other = 0;
    for (const a of e.aliases) other = Math.max(other, score(a, q));
    for (const a of e.acronyms ?? []) other = Math.max(other, score(a, q));
    const s = own === 3 || other === 3 ? 6 : own === 2 ? 5 : other === 2 ? 4 : own || other ? 1 : 0;
    if (s > 0) hits.push({ e, s: s * 2 + (e.wikipedia ? 1 : 0), first: fold(e.name).startsWith(q) ? 1 : 0, names: e.aliases.length + (e.acronyms?.length ?? 0) });
  }
  hits.sort((a, b) => b.s - a.s || b.first - a.first || b.names - a.names || a.e.name.length - b.e.name.length || a.e.name.localeCompare(b.e.name));
  return hits.slice(0, limit).map((h) => h.e);
}

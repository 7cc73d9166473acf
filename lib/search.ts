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

/** How well `name` matches the folded query: 0 (no match) to 4 (exact). */
function score(name: string, q: string): number {
  const n = fold(name);
  if (n === q) return 4;
  if (n.startsWith(q)) return 3;
  if (n.includes(` ${q}`)) return 2;
  if (q.length >= 3 && n.includes(q)) return 1;
  return 0;
}

/** Entities whose name, aliases or acronyms match `query`, best first (ties: shorter names, then alphabetical). */
export function searchEntities(entities: readonly EntityRecord[], query: string, limit = 20): EntityRecord[] {
  const q = fold(query).slice(0, 100);
  if (!q) return [];
  const hits: { e: EntityRecord; s: number }[] = [];
  for (const e of entities) {
    let s = score(e.name, q) * 2 + 1;
    if (s === 1) {
      s = 0;
      for (const a of [...e.aliases, ...(e.acronyms ?? [])]) s = Math.max(s, score(a, q) * 2);
    }
    if (s > 0) hits.push({ e, s });
  }
  hits.sort((a, b) => b.s - a.s || a.e.name.length - b.e.name.length || a.e.name.localeCompare(b.e.name));
  return hits.slice(0, limit).map((h) => h.e);
}

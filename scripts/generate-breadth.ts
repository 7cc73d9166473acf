/**
 * Breadth tables → entity records. `data/tables/*.psv` hold one entity per line, pipe-separated (ADR 0013):
 *
 *   id | type | name | wikipedia | aliases | acronyms | country | topics | description | facts
 *
 * - `wikipedia`: the exact English Wikipedia title, `=` when it is the name, empty when there is none. Every fact cites
 *   that article (or Wikipedia's search for the name when no title is certain) and carries the as-of date of
 *   the general knowledge it was written from (2025-06), so the build adds the card note saying so.
 * - `aliases`, `acronyms`, `topics`: `;`-separated. `topics` may be empty: the country id is used.
 * - `facts`: ` ; `-separated `Label: value`, each optionally ending with `@since`, `@since..until` or `@..until`
 *   (ISO dates), then `>YYYY-MM-DD` for the scheduled end of a fixed term, and `!YYYY-MM-DD` to set its as-of when
 *   the fact is newer than the general knowledge.
 * - A line starting with `#` is a comment; a blank line is skipped.
 * A fact whose value is exactly the name of one entity (a person, a country, an organisation) links to it (`ref`), and
 * the row gains a `related` link with the label as its role.
 *
 * Called by `scripts/build-data.ts` (`loadBreadth`), so the tables are the source and nothing is written to disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EntityRecord, Fact } from '../lib/types';
import { ENTITY_TYPES } from '../lib/types';
import type { ValidationIssue } from '../lib/schema';

export const BREADTH_DIR = 'data/tables';
const AS_OF = '2025-06';
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function wikiUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_')).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%27/g, "'").replace(/%28/g, '(').replace(/%29/g, ')')}`;
}

const list = (s: string): string[] =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

/** Parse one table's text. Rows come back with their line number for error messages. */
export function parseTable(file: string, text: string): { records: EntityRecord[]; issues: ValidationIssue[] } {
  const records: EntityRecord[] = [];
  const issues: ValidationIssue[] = [];
  text.split('\n').forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = (field: string) => `line ${n + 1} ${field}`;
    const cols = line.split('|').map((c) => c.trim());
    if (cols.length !== 10) {
      issues.push({ file, field: where('columns'), message: `expected 10 pipe-separated columns, found ${cols.length}` });
      return;
    }
    const [id, type, name, wikiCol, aliases, acronyms, country, topics, description, factCol] = cols;
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
      issues.push({ file, field: where('type'), message: `unknown type "${type}"` });
      return;
    }
    const wikipedia = wikiCol === '=' ? name : wikiCol || undefined;
    // Without a certain article title, cite Wikipedia's search for the name (it leads to the article that states the
    // facts) rather than guess a title.
    const source = wikipedia ? wikiUrl(wikipedia) : `https://en.wikipedia.org/w/index.php?search=${encodeURIComponent(name)}`;
    const facts: Fact[] = [];
    for (const part of factCol.split(' ; ').map((x) => x.trim()).filter(Boolean)) {
      const m = /^([^:]+):\s*(.+?)(?:\s+@([\d-]*)(?:\.\.([\d-]*))?)?(?:\s+>(\d{4}-\d{2}-\d{2}))?(?:\s+!(\d{4}-\d{2}(?:-\d{2})?))?$/.exec(part);
      if (!m) {
        issues.push({ file, field: where('facts'), message: `cannot read fact "${part}" (want "Label: value @since..until")` });
        continue;
      }
      const [, label, value, since, until, scheduledEnd, asOf] = m;
      for (const d of [since, until]) if (d && !DATE.test(d)) issues.push({ file, field: where('facts'), message: `bad date "${d}" in "${part}"` });
      const f: Fact = { label: label.trim(), value: value.trim(), source, asOf: asOf ?? AS_OF };
      if (since) f.since = since;
      if (until) f.until = until;
      if (scheduledEnd) f.scheduledEnd = scheduledEnd;
      if (asOf) f.note = 'From general knowledge, not re-checked against the cited page';
      facts.push(f);
    }
    const r: EntityRecord = {
      id,
      type: type as EntityRecord['type'],
      name,
      aliases: list(aliases),
      description,
      facts,
      topics: list(topics).length ? list(topics) : country ? [country] : [],
    };
    if (list(acronyms).length) r.acronyms = list(acronyms);
    if (wikipedia) r.wikipedia = wikipedia;
    if (country) r.country = country;
    records.push(r);
  });
  return { records, issues };
}

/** Read every table under `data/tables/`, returning records tagged with their file. */
export function readTables(root: string): { file: string; records: EntityRecord[]; issues: ValidationIssue[] }[] {
  const dir = path.join(root, BREADTH_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.psv'))
    .sort()
    .map((f) => {
      const file = path.join(BREADTH_DIR, f);
      return { file, ...parseTable(file, fs.readFileSync(path.join(dir, f), 'utf8')) };
    });
}

/**
 * Link facts whose value is exactly one entity's name (or, for a person, "Name (detail)") to that entity, and add the
 * matching `related` links. Only names held by a single entity link.
 */
export function linkFacts(records: EntityRecord[], all: EntityRecord[]): void {
  const byName = new Map<string, string | null>();
  for (const e of all) {
    for (const n of [e.name, ...e.aliases]) {
      const k = n.toLowerCase();
      const prev = byName.get(k);
      byName.set(k, prev === undefined || prev === e.id ? e.id : null);
    }
  }
  for (const r of records) {
    for (const f of r.facts) {
      if (f.ref) continue;
      const id = byName.get(f.value.toLowerCase());
      if (id && id !== r.id) {
        f.ref = id;
        const role = f.label.toLowerCase();
        r.related ??= [];
        if (!r.related.some((x) => x.id === id)) r.related.push({ id, role });
      }
    }
    if (r.country && r.type !== 'country' && !(r.related ?? []).some((x) => x.id === r.country)) {
      r.related ??= [];
      r.related.push({ id: r.country, role: 'country' });
    }
  }
}

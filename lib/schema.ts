/** Validation of entity records (build time) and of the shipped bundle's shape (run time), with valibot. */
import * as v from 'valibot';
import { ENTITY_TYPES, type EntityRecord, type Fact } from './types';

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY'),
);
const httpsUrl = v.pipe(v.string(), v.regex(/^https:\/\/[^\s<>"]+$/, 'must be an https URL'));
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const plainText = v.pipe(
  nonEmpty,
  v.check((s) => !/[<>]/.test(s), 'must be plain text (no < or >)'),
);

export const FactSchema = v.strictObject({
  label: plainText,
  value: plainText,
  source: httpsUrl,
  asOf: isoDate,
  since: v.optional(isoDate),
  until: v.optional(isoDate),
  ref: v.optional(nonEmpty),
  scheduledEnd: v.optional(isoDate),
  note: v.optional(plainText),
});

export const EntitySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug')),
  type: v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`),
  name: plainText,
  aliases: v.array(plainText),
  short: v.optional(v.array(plainText)),
  acronyms: v.optional(v.array(plainText)),
  description: v.pipe(plainText, v.maxLength(400, 'must be one line (at most 400 characters)')),
  facts: v.pipe(v.array(FactSchema), v.minLength(1, 'must hold at least one fact')),
  topics: v.pipe(v.array(nonEmpty), v.minLength(1, 'must hold at least one topic')),
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/, 'must be a Wikidata id like Q42'))),
  wikipedia: v.optional(plainText),
  related: v.optional(v.array(v.strictObject({ id: nonEmpty, role: plainText }))),
  country: v.optional(nonEmpty),
});

/** An override merges into a generated entity: lists are appended, scalars replace. */
export const OverrideSchema = v.strictObject({
  id: EntitySchema.entries.id,
  name: v.optional(plainText),
  aliases: v.optional(v.array(plainText)),
  short: v.optional(v.array(plainText)),
  acronyms: v.optional(v.array(plainText)),
  description: v.optional(EntitySchema.entries.description),
  facts: v.optional(v.array(FactSchema)),
  topics: v.optional(v.array(nonEmpty)),
  wikidata: v.optional(EntitySchema.entries.wikidata),
  wikipedia: v.optional(plainText),
  related: v.optional(v.array(v.strictObject({ id: nonEmpty, role: plainText }))),
  /** Facts whose label matches one of these are dropped from the generated entity before the override's facts are added. */
  replaceFacts: v.optional(v.array(plainText)),
});

export interface ValidationIssue {
  file: string;
  /** Dotted path to the field, e.g. `entities[3].facts[0].source`. */
  field: string;
  message: string;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

/** Validate one data file's array of records; returns every issue, each naming the file and the field. */
export function validateRecords(
  file: string,
  records: unknown,
  schema: typeof EntitySchema | typeof OverrideSchema = EntitySchema,
): ValidationIssue[] {
  const result = v.safeParse(v.array(schema), records);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const p = pathOf(issue);
    const id =
      Array.isArray(records) && issue.path?.[0] && typeof (issue.path[0] as { key?: unknown }).key === 'number'
        ? (records[(issue.path[0] as { key: number }).key] as { id?: string } | undefined)?.id
        : undefined;
    return { file, field: id ? `${p} (id ${id})` : p || '(root)', message: issue.message };
  });
}

/** Facts that say what an entity is or does at a time: they need a start date, or an old article shows today's status. */
export const DATED_LABELS = /^(office|role|position|status|title)$/i;

/** Romanisation marks English-language copy does not use in place names (Eşfahān, Kolkāta, Ōsaka, İzmir, Thủ Đức). */
export const ROMANISATION_MARKS = /[āēīōūĀĒĪŌŪşŞıİğĞḩḨḥḤṣṢṭṬẓẒạảầơưủứữĐđòờộồ’‘ʼʻ]/;

/** Pad a partial ISO date so that "2024" sorts before any day of 2024 (as a start) and after it (as an end). */
function startKey(d: string): string {
  return d.length === 4 ? `${d}-00-00` : d.length === 7 ? `${d}-00` : d;
}
function endKey(d: string): string {
  return d.length === 4 ? `${d}-99-99` : d.length === 7 ? `${d}-99` : d;
}

/** Population ranges no real place falls outside. */
const POPULATION_RANGE: Partial<Record<EntityRecord['type'], [number, number]>> = {
  city: [100, 40_000_000],
  country: [1, 1_500_000_000],
};

/** The leading number of a population value ("1,530,000 (urban area…)" → 1530000), or undefined. */
export function populationOf(value: string): number | undefined {
  const m = /^(?:about |~)?([\d,.]+)\s*(million|billion)?/i.exec(value);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return m[2] ? n * (/^b/i.test(m[2]) ? 1e9 : 1e6) : n;
}

/**
 * Checks across the fields of one record that a schema cannot express: dated facts have a start, starts precede ends,
 * one office is not held twice at once, populations are plausible, place names are in the English form. Each issue
 * names the field.
 */
export function checkRecord(r: EntityRecord): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const where = (field: string) => `${field} (id ${r.id})`;
  r.facts.forEach((f: Fact, i) => {
    if (DATED_LABELS.test(f.label) && !f.since) out.push({ field: where(`facts[${i}].since`), message: `a ${f.label} fact needs a start date (since)` });
    if (f.since && f.until && startKey(f.since) > endKey(f.until)) out.push({ field: where(`facts[${i}].until`), message: `ends (${f.until}) before it starts (${f.since})` });
    if (f.scheduledEnd && f.since && startKey(f.since) > endKey(f.scheduledEnd)) out.push({ field: where(`facts[${i}].scheduledEnd`), message: `scheduled end (${f.scheduledEnd}) before the start (${f.since})` });
    if (/^population$/i.test(f.label)) {
      const n = populationOf(f.value);
      const range = POPULATION_RANGE[r.type];
      if (n === undefined) out.push({ field: where(`facts[${i}].value`), message: `population "${f.value}" does not start with a number` });
      else if (/^(\d)\1{4,}$/.test(String(n))) out.push({ field: where(`facts[${i}].value`), message: `population ${n} is a placeholder (one repeated digit)` });
      else if (range && (n < range[0] || n > range[1])) out.push({ field: where(`facts[${i}].value`), message: `population ${n} outside the plausible range ${range[0]}–${range[1]} for a ${r.type}` });
    }
  });
  // One office held twice over the same days is a data error (a missing until, a wrong since).
  const offices = r.facts.map((f, i) => ({ f, i })).filter(({ f }) => /^office$/i.test(f.label) && f.since);
  for (let a = 0; a < offices.length; a++) {
    for (let b = a + 1; b < offices.length; b++) {
      const x = offices[a].f;
      const y = offices[b].f;
      if (x.value !== y.value) continue;
      const xEnd = x.until ? endKey(x.until) : '9999';
      const yEnd = y.until ? endKey(y.until) : '9999';
      // Terms that meet on a day (one ends the day the next starts) do not overlap: the comparisons are strict.
      if (startKey(x.since!) < yEnd && startKey(y.since!) < xEnd)
        out.push({ field: where(`facts[${offices[b].i}].since`), message: `"${y.value}" overlaps facts[${offices[a].i}] (the same office held twice at once)` });
    }
  }
  if ((r.type === 'city' || r.type === 'country') && ROMANISATION_MARKS.test(r.name))
    out.push({ field: where('name'), message: `"${r.name}" is not in the English form readers use (romanisation marks); keep it as an alias` });
  return out;
}

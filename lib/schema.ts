/** Validation of entity records (build time) and of the shipped bundle's shape (run time), with valibot. */
import * as v from 'valibot';
import { ENTITY_TYPES } from './types';

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

/** The data model shared by the data build, the engine, the background and the UI. Pure types, no runtime code. */

export const ENTITY_TYPES = [
  'person',
  'organization',
  'country',
  'city',
  'place',
  'facility',
  'armed_group',
  'event',
  'media',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One sourced, dated fact. `since`/`until` bound when the fact was true; `asOf` is when the source said so. */
export interface Fact {
  label: string;
  value: string;
  /** https URL of the page the fact was taken from. */
  source: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known) the source states the fact as of. */
  asOf: string;
  since?: string;
  until?: string;
  /** Id of a related entity the value names (e.g. the person who holds an office). */
  ref?: string;
  /** For an office with a fixed term still open: the date the term is scheduled to end (audited once past). */
  scheduledEnd?: string;
  /** Why the reader should weigh this fact, e.g. "From general knowledge as of 2025-06" (shown on the card). */
  note?: string;
}

export interface Relation {
  id: string;
  role: string;
}

/** An entity as written in `data/entities/*.json` and as shipped in the dataset bundle. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  /** Full alternative names: spellings, transliterations, official names, noms de guerre. Matched case-insensitively. */
  aliases: string[];
  /** Short forms (a bare surname, "the Kremlin") that link only when the article's context supports them. */
  short?: string[];
  /** Acronyms matched case-sensitively (HTS, SDF, NATO). */
  acronyms?: string[];
  /** One line, in our own words or from a public-domain source. */
  description: string;
  facts: Fact[];
  topics: string[];
  wikidata?: string;
  wikipedia?: string;
  related?: Relation[];
  /** Id of the country entity this entity belongs to (a city's country, a minister's country). */
  country?: string;
}

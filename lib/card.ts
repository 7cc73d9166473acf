/**
 * What a card says, decided from the entity and the article's date: the facts true on that date come first (Assad in
 * a 2015 article is the president; in a 2025 one, the former president in exile), later or earlier ones follow,
 * marked as such. Pure data in, pure data out; the view renders it as text.
 */
import type { EntityRecord, EntityType, Fact } from './types';

export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  country: 'Country',
  city: 'City',
  place: 'Place',
  facility: 'Facility',
  armed_group: 'Armed group',
  event: 'Event',
  media: 'News organisation',
};

export interface CardFact {
  label: string;
  value: string;
  /** "since 8 Dec 2024", "until 8 Dec 2024", "later: since …" */
  when?: string;
  /** the fact was not yet true, or no longer true, on the article's date */
  outOfDate: boolean;
  asOf: string;
  source: string;
  sourceHost: string;
  /** What the reader should know about the fact's footing, e.g. "From general knowledge as of 2025-06". */
  note?: string;
}

export interface CardModel {
  id: string;
  name: string;
  typeLabel: string;
  subtitle?: string;
  description: string;
  facts: CardFact[];
  wikipedia?: string;
  wikidata?: string;
  /** the date the card was built for */
  date: string;
  /** the dataset's as-of date (its newest fact): how old everything on the card may be */
  datasetAsOf?: string;
  /**
   * The description is written as of today and the article is older than what it states (a later year in it, or the
   * record's offices changed after the article's date): the view shows it below the facts as "Now: …".
   */
  descriptionNow?: boolean;
}

const SUBTITLE_LABELS = /^(office|role|position|status|title)$/i;
/** Names of posts: shown as the subtitle whatever their length ("Secretary of State for Foreign, Commonwealth…"). */
const POST_LABELS = /^(office|position|title)$/i;
/** A Status or Role longer than this is a sentence ("Still operated by Russia; future status under negotiation…"),
 * not a one-line subtitle: it stays among the facts and the type line shows the type alone. */
const SUBTITLE_MAX = 60;
/** "Former office", "Former name": the label says the fact has ended (as of the source's date). */
const FORMER = /^former\s+(.+)$/i;
/** An office's running number, "(44th)": two facts differing only by it state the same term. */
const ORDINAL = /\s*\(\d+(?:st|nd|rd|th)\)$/i;
/** Labels whose since/until date the card when the record's offices changed. */
const OFFICE_LIKE = /^(former\s+)?(office|role|position|status|title)$/i;

/** Pad a partial ISO date for comparisons: "2024" → "2024-00-00" sorts before any day of 2024. */
function cmpDate(d: string): string {
  return d.length === 4 ? `${d}-00-00` : d.length === 7 ? `${d}-00` : d;
}

/** Format an ISO date for a card: "8 Dec 2024", "Dec 2024", "2024". */
export function formatDate(d: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return d;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  if (!m[2]) return m[1];
  const mon = months[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${mon} ${m[1]}` : `${mon} ${m[1]}`;
}

/** Where a fact stands on `date`: -1 not yet true, 0 true, 1 no longer true. */
export function factTiming(f: Fact, date: string): -1 | 0 | 1 {
  const d = cmpDate(date);
  if (f.since && cmpDate(f.since) > d) return -1;
  if (f.until && cmpDate(f.until) <= d) return 1;
  return 0;
}

/** True when `value` names the year of the ISO date `date` as a number of its own ("in March 2024", "2011, with…"). */
function namesYear(value: string, date: string): boolean {
  const year = date.slice(0, 4);
  return new RegExp(`(?<!\\d)${year}(?!\\d)`).test(value);
}

/**
 * The source's name as the card shows it: the host ("cia.gov"), or for data published on a code host the dataset
 * (repository) name — "countries-states-cities-database", not "github.com", which names no source a reader knows.
 */
export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, '');
    const repo = /^(github\.com|gitlab\.com|codeberg\.org)$/.test(host) ? u.pathname.split('/').filter(Boolean)[1] : undefined;
    return repo ? repo.replace(/\.git$/, '') : host;
  } catch {
    return url;
  }
}

/** True when a Party fact's start is the start of an office term in the same record (bioguide dates party by term):
 * it says the party as of that day, not since when the person belonged to it. */
function partyDatedByTerm(f: Fact, all: Fact[]): boolean {
  return /^party$/i.test(f.label) && !!f.since && all.some((g) => g !== f && OFFICE_LIKE.test(g.label) && g.since === f.since);
}

/** Same term stated twice ("Former office: President of the United States (44th)" and bioguide's "Office: President
 * of the United States", same dates): one key. */
function termKey(f: Fact): string {
  const label = (FORMER.exec(f.label)?.[1] ?? f.label).toLowerCase();
  return `${label}|${f.value.replace(ORDINAL, '').toLowerCase()}|${f.since ?? ''}|${f.until ?? ''}`;
}

/** The description states a later state of affairs than the article's date: a year after the article's in it, or an
 * office, role or status of the record began or ended after that date. */
function describesLater(entity: EntityRecord, date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (!year) return false;
  for (const m of entity.description.matchAll(/(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/g)) if (Number(m[1]) > year) return true;
  const d = cmpDate(date);
  return entity.facts.some((f) => OFFICE_LIKE.test(f.label) && ((!!f.since && cmpDate(f.since) > d) || (!!f.until && cmpDate(f.until) > d)));
}

/**
 * The one-line description of a record on `date`, for a list row (the popup panel): its description, or, when that
 * states a later state of affairs than the date (`descriptionNow`, ADR 0075), the line the card shows under the name
 * instead: the post held then, else the type. Never a sentence that contradicts the date.
 */
export function rowDescription(entity: EntityRecord, date: string): string {
  const c = buildCard(entity, date, 0);
  return c.descriptionNow ? (c.subtitle ?? c.typeLabel) : c.description;
}

/**
 * Build the card for an entity as of `date` (the article's date, or today). `datasetAsOf` (the bundle's `asOf`) is
 * passed through so the card can say how old the dataset is.
 */
export function buildCard(entity: EntityRecord, date: string, maxFacts = 6, datasetAsOf?: string): CardModel {
  // Drop a term stated twice (Wikipedia's "Former office" beside bioguide's "Office", same dates): keep the one read
  // from the source page (no "general knowledge" note), else the first.
  const byKey = new Map<string, Fact>();
  for (const f of entity.facts) {
    const k = termKey(f);
    const kept = byKey.get(k);
    if (!kept || (kept.note && !f.note)) byKey.set(k, f);
  }
  const kept = new Set(byKey.values());
  const ranked = entity.facts
    .map((f, i) => {
      const former = FORMER.exec(f.label);
      const termParty = partyDatedByTerm(f, entity.facts);
      let t = termParty ? factTiming({ ...f, since: undefined }, date) : factTiming(f, date);
      // A fact marked former with no end is never current: it had ended by the source's date.
      if (former && !f.until && t === 0) t = 1;
      return { f, i, t, former, termParty };
    })
    .filter((r) => kept.has(r.f));
  // True facts first (in file order), then facts that came later, soonest first (in a November 2016 article Trump's
  // first term comes before his second), then ones that had ended.
  const order = (t: number) => (t === 0 ? 0 : t === -1 ? 1 : 2);
  const soonest = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    a.t === -1 && b.t === -1 ? cmpDate(a.f.since!).localeCompare(cmpDate(b.f.since!)) : 0;
  ranked.sort((a, b) => order(a.t) - order(b.t) || soonest(a, b) || a.i - b.i);
  const facts: CardFact[] = ranked.slice(0, maxFacts).map(({ f, t, former, termParty }) => {
    let when: string | undefined;
    // A value that already says when it began ("Re-elected president in March 2024", "2017 agreement…") is not
    // followed by "since" that date again: on a one-off event ("Last election … (since 17 Mar 2024)") it reads wrong.
    const dated = !!f.since && namesYear(f.value, f.since);
    if (termParty) {
      // The party on the day a term began: before that day the card says so ("as of 20 Jan 2017"), never "later".
      if (t === 1) when = `until ${formatDate(f.until!)}`;
      else if (cmpDate(f.since!) > cmpDate(date)) when = `as of ${formatDate(f.since!)}`;
    } else if (t === -1) when = dated ? 'later' : `later: since ${formatDate(f.since!)}`;
    else if (t === 1 && f.until) when = f.since ? `${formatDate(f.since)} – ${formatDate(f.until)}` : `until ${formatDate(f.until)}`;
    else if (t === 1) when = f.since ? `from ${formatDate(f.since)}` : undefined;
    else if (f.since && !dated) when = `since ${formatDate(f.since)}`;
    // "Former office" held on the article's date is the office then: "Office: President … (since 20 Jan 2009)".
    const label = former && t === 0 ? former[1].charAt(0).toUpperCase() + former[1].slice(1) : f.label;
    const out: CardFact = { label, value: f.value, when, outOfDate: t !== 0, asOf: f.asOf, source: f.source, sourceHost: hostOf(f.source) };
    if (f.note) out.note = f.note;
    return out;
  });
  const current = ranked.find(
    (r) => r.t === 0 && !r.former && SUBTITLE_LABELS.test(r.f.label) && (POST_LABELS.test(r.f.label) || r.f.value.length <= SUBTITLE_MAX),
  );
  const descriptionNow = describesLater(entity, date);
  return {
    id: entity.id,
    name: entity.name,
    typeLabel: TYPE_LABELS[entity.type] ?? entity.type,
    subtitle: current ? current.f.value : undefined,
    description: entity.description,
    facts,
    wikipedia: entity.wikipedia ? `https://en.wikipedia.org/wiki/${encodeURIComponent(entity.wikipedia.replace(/ /g, '_'))}` : undefined,
    wikidata: entity.wikidata ? `https://www.wikidata.org/wiki/${entity.wikidata}` : undefined,
    date,
    ...(datasetAsOf ? { datasetAsOf } : {}),
    ...(descriptionNow ? { descriptionNow } : {}),
  };
}

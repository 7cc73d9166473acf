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
}

const SUBTITLE_LABELS = /^(office|role|position|status|title)$/i;

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

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Build the card for an entity as of `date` (the article's date, or today). `datasetAsOf` (the bundle's `asOf`) is
 * passed through so the card can say how old the dataset is.
 */
export function buildCard(entity: EntityRecord, date: string, maxFacts = 6, datasetAsOf?: string): CardModel {
  const ranked = entity.facts.map((f, i) => ({ f, i, t: factTiming(f, date) }));
  // True facts first (in file order), then facts that came later, soonest first (in a November 2016 article Trump's
  // first term comes before his second), then ones that had ended.
  const order = (t: number) => (t === 0 ? 0 : t === -1 ? 1 : 2);
  const soonest = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    a.t === -1 && b.t === -1 ? cmpDate(a.f.since!).localeCompare(cmpDate(b.f.since!)) : 0;
  ranked.sort((a, b) => order(a.t) - order(b.t) || soonest(a, b) || a.i - b.i);
  const facts: CardFact[] = ranked.slice(0, maxFacts).map(({ f, t }) => {
    let when: string | undefined;
    // A value that already says when it began ("Re-elected president in March 2024", "2017 agreement…") is not
    // followed by "since" that date again: on a one-off event ("Last election … (since 17 Mar 2024)") it reads wrong.
    const dated = !!f.since && namesYear(f.value, f.since);
    if (t === -1) when = dated ? 'later' : `later: since ${formatDate(f.since!)}`;
    else if (t === 1) when = f.since ? `${formatDate(f.since)} – ${formatDate(f.until!)}` : `until ${formatDate(f.until!)}`;
    else if (f.since && !dated) when = `since ${formatDate(f.since)}`;
    const out: CardFact = { label: f.label, value: f.value, when, outOfDate: t !== 0, asOf: f.asOf, source: f.source, sourceHost: hostOf(f.source) };
    if (f.note) out.note = f.note;
    return out;
  });
  const current = ranked.find((r) => r.t === 0 && SUBTITLE_LABELS.test(r.f.label));
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
  };
}

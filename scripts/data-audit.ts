/**
 * `npm run data:audit` / `npm run --silent data:audit -- --json`: a health report on the dataset, over the records
 * exactly as the build loads them (`loadRecords`). Prints counts by type, aliases and facts; entities and facts with no
 * source or date; facts older than 12 months; alias keys shared by several entities (the ambiguity the engine must
 * resolve); duplicate Wikidata ids; entities without Wikidata / Wikipedia. Exits non-zero when anything is unsourced,
 * undated or a Wikidata id is duplicated, when a dated fact lacks a start or ends before it starts, and when an office is
 * still open past its scheduled end (before the dataset's as-of date). Reports withWikipedia / withWikidata coverage.
 */
import { nameKey } from '../lib/engine';
import type { EntityRecord } from '../lib/types';
import { loadRecords } from './build-data';
import { DATED_LABELS } from '../lib/schema';
import { beforeItsSource, garbled } from './fact-text';

const json = process.argv.includes('--json');
const today = new Date().toISOString().slice(0, 10);

function monthsBefore(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}
/** Pad a partial ISO date (YYYY or YYYY-MM) to its last possible day's prefix, so "2025" compares as late 2025. */
const comparable = (asOf: string) => (asOf.length === 4 ? `${asOf}-12-31` : asOf.length === 7 ? `${asOf}-31` : asOf);

let records: EntityRecord[];
try {
  records = loadRecords();
} catch (err) {
  console.error(String((err as Error).message));
  process.exit(1);
}

const byType: Record<string, number> = {};
let aliases = 0;
/** Aliases that are a match key of their own: distinct per entity after folding (case, marks, apostrophes, Arabic letter variants), and not the entity's name. */
let aliasesDistinctFolded = 0;
let facts = 0;
const unsourced: { id: string; fact?: string }[] = [];
const undated: { id: string; fact?: string }[] = [];
const cutoff = monthsBefore(today, 12);
const stale: { id: string; label: string; asOf: string; source: string }[] = [];
const keyOwners = new Map<string, Set<string>>();
const wikidata = new Map<string, string[]>();
let missingWikidata = 0;
let missingWikipedia = 0;
const missingStart: { id: string; fact: string }[] = [];
const startAfterEnd: { id: string; fact: string; since: string; until: string }[] = [];
/** Facts with a scheduled end and no `until`: the term may have ended (checked against the dataset's as-of below). */
const scheduled: { id: string; fact: string; value: string; scheduledEnd: string }[] = [];
const padStart = (d: string) => (d.length === 4 ? `${d}-00-00` : d.length === 7 ? `${d}-00` : d);
const padEnd = (d: string) => (d.length === 4 ? `${d}-99-99` : d.length === 7 ? `${d}-99` : d);

for (const r of records) {
  byType[r.type] = (byType[r.type] ?? 0) + 1;
  aliases += r.aliases.length + (r.short?.length ?? 0) + (r.acronyms?.length ?? 0);
  const folded = new Set([...r.aliases, ...(r.short ?? []), ...(r.acronyms ?? [])].map(nameKey).filter(Boolean));
  folded.delete(nameKey(r.name));
  aliasesDistinctFolded += folded.size;
  facts += r.facts.length;
  if (r.facts.length === 0) {
    unsourced.push({ id: r.id });
    undated.push({ id: r.id });
  }
  for (const f of r.facts) {
    if (!f.source || !/^https:\/\//.test(f.source)) unsourced.push({ id: r.id, fact: f.label });
    if (!f.asOf) undated.push({ id: r.id, fact: f.label });
    else if (comparable(f.asOf) < cutoff) stale.push({ id: r.id, label: f.label, asOf: f.asOf, source: f.source });
    if (DATED_LABELS.test(f.label) && !f.since) missingStart.push({ id: r.id, fact: f.label });
    if (f.since && f.until && padStart(f.since) > padEnd(f.until)) startAfterEnd.push({ id: r.id, fact: f.label, since: f.since, until: f.until });
    if (f.scheduledEnd && !f.until) scheduled.push({ id: r.id, fact: f.label, value: f.value, scheduledEnd: f.scheduledEnd });
  }
  for (const a of [r.name, ...r.aliases, ...(r.short ?? [])]) {
    const k = nameKey(a);
    if (!k) continue;
    let s = keyOwners.get(k);
    if (!s) keyOwners.set(k, (s = new Set()));
    s.add(r.id);
  }
  if (r.wikidata) wikidata.set(r.wikidata, [...(wikidata.get(r.wikidata) ?? []), r.id]);
  else missingWikidata++;
  if (!r.wikipedia) missingWikipedia++;
}

stale.sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.id < b.id ? -1 : 1));
const shared = [...keyOwners]
  .filter(([, ids]) => ids.size > 1)
  .map(([key, ids]) => ({ key, count: ids.size, ids: [...ids].sort() }))
  .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
const duplicateWikidata = [...wikidata].filter(([, ids]) => ids.length > 1).map(([qid, ids]) => ({ wikidata: qid, ids }));
let asOf = '';
for (const r of records) for (const f of r.facts) if (f.asOf > asOf) asOf = f.asOf;
// An office still open although its scheduled end is before the dataset's as-of date: who holds it now is unknown.
const openPastEnd = scheduled.filter((x) => padEnd(x.scheduledEnd) < asOf);
const withScheduledEnd = scheduled.length;

// Office history (issue 9): per country, the dated terms of its heads of state and government held by people in the
// dataset. A country "has history" when at least one such term has ended (the card of an old article can lead with the
// office held then); "since 2000" when the earliest term began on or before 2000-12-31.
const HEAD_OFFICE =
  /^(?:(?:Interim|Acting|Transition(?:al)?|Federal|First|Supreme|Grand) )?(?:President|Prime Minister|Chancellor|Premier|King|Queen|Emir|Amir|Sultan|Leader|Head of (?:State|Government)|State Counsellor|Chairman|Chair|Taoiseach|Emperor|Grand Duke|Prince|Co-Prince|Captain Regent|Pope)\b/;
const NOT_HEAD = /\b(?:Vice|Deputy|Ministry|Senate|Parliament|Assembly|Court|Bank|Commission|Party|Chamber|House|Congress|Duma|Council of Ministers of the|Regional|Province|State of [A-Z][a-z]+ \(|Governor|Mayor|International|Committee|Fund|Agency|Organi[sz]ation|Programme|Olympic|General Assembly|Investment|Development|Exchequer|Opposition)\b/;
const headTerms = new Map<string, { since: string; ended: boolean }[]>();
for (const r of records) {
  if (r.type !== 'person') continue;
  for (const f of r.facts) {
    if (f.label !== 'Office' || !f.since || !HEAD_OFFICE.test(f.value) || NOT_HEAD.test(f.value)) continue;
    const c = f.ref ?? r.country;
    if (!c || !records.some((x) => x.id === c && x.type === 'country')) continue;
    headTerms.set(c, [...(headTerms.get(c) ?? []), { since: f.since, ended: !!f.until }]);
  }
}
const historyCountries = [...headTerms].filter(([, t]) => t.some((x) => x.ended)).map(([c]) => c).sort();
const since2000Countries = historyCountries.filter((c) => headTerms.get(c)!.some((x) => padStart(x.since) <= '2000-12-31'));

const garbledText: { id: string; field: string; why: string; value: string }[] = [];
for (const r of records) {
  for (const f of r.facts) {
    const why = garbled(f.value);
    if (why) garbledText.push({ id: r.id, field: f.label, why, value: f.value });
  }
  const why = r.description ? garbled(r.description) : null;
  if (why) garbledText.push({ id: r.id, field: 'description', why, value: r.description });
}

// One thing under two labels on one card ("Last election" and "Most recent election": a curated date and the
// Factbook's, which can disagree).
const SAME_THING = [['Last election', 'Most recent election']];
const twoLabels = records.flatMap((r) => SAME_THING.filter((g) => g.every((l) => r.facts.some((f) => f.label === l))).map((g) => ({ id: r.id, labels: g })));

// A chamber's last election older than an election the dataset records for its country (a Factbook snapshot of
// January 2026 against a later general election: Japan's of 8 February 2026, Hungary's of 12 April 2026).
const MONTH = 'January February March April May June July August September October November December'.split(' ');
const isoOf = (v: string) => {
  const m = /(?:^|\D)(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(v.trim());
  const i = m ? MONTH.indexOf(m[2]) : -1;
  return m && i >= 0 ? `${m[3]}-${String(i + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
};
const GENERAL = /\b(general|parliamentary|legislative|federal|national assembly) election\b/i;
const electionsOf = new Map<string, { id: string; date: string }[]>();
for (const r of records) {
  if (r.type !== 'event' || !r.country || !GENERAL.test(r.name) || /presidential|senate|upper|local|regional/i.test(r.name)) continue;
  const d = r.facts.find((f) => f.label === 'Date')?.since;
  if (d && d.length === 10) electionsOf.set(r.country, [...(electionsOf.get(r.country) ?? []), { id: r.id, date: d }]);
}
const staleElections: { id: string; value: string; later: string }[] = [];
for (const r of records) {
  if (r.type !== 'organization' || !r.country || !electionsOf.has(r.country)) continue;
  const type = r.facts.find((f) => f.label === 'Type')?.value ?? '';
  if (/upper chamber|upper house/i.test(`${type} ${r.description}`)) continue;
  for (const f of r.facts) {
    if (!/^(Most recent|Last) election$/.test(f.label)) continue;
    const d = f.since ?? isoOf(f.value);
    const later = d && electionsOf.get(r.country)!.find((e) => e.date > d);
    if (later) staleElections.push({ id: r.id, value: f.value, later: `${later.id} (${later.date})` });
  }
}

// A date given as past on the word of a page written before it ("Date: 5 October 2025", as of 21 September 2025: the
// page announced the election; it cannot say it was held): the value must say it was scheduled, or cite a later page.
const beforeTheFact: { id: string; fact: string; since: string; asOf: string }[] = [];
for (const r of records)
  for (const f of r.facts)
    if (beforeItsSource(f))
      beforeTheFact.push({ id: r.id, fact: `${f.label}: ${f.value}`, since: f.since ?? '', asOf: f.asOf });

// A country's head of state or government shown as in office although the person's own record ends that office.
const byIdAudit = new Map(records.map((r) => [r.id, r]));
const closedHolders: { id: string; fact: string; person: string }[] = [];
for (const r of records) {
  if (r.type !== 'country') continue;
  for (const f of r.facts) {
    if (!/^(Chief of state|Head of government)$/.test(f.label) || f.until || !f.ref) continue;
    const p = byIdAudit.get(f.ref);
    const offices = p?.facts.filter((g) => g.label === 'Office' && g.ref === r.id) ?? [];
    if (offices.length && offices.every((g) => g.until)) closedHolders.push({ id: r.id, fact: `${f.label}: ${f.value}`, person: f.ref });
  }
}

const report = {
  asOf,
  today,
  entities: records.length,
  byType: Object.fromEntries(Object.entries(byType).sort()),
  aliases,
  aliasesDistinctFolded,
  facts,
  unsourced,
  undated,
  duplicateWikidata,
  staleFacts: { cutoff, count: stale.length, oldest: stale.slice(0, 20) },
  sharedAliases: { count: shared.length, top: shared.slice(0, 30) },
  missingWikidata,
  missingWikipedia,
  withWikidata: records.length - missingWikidata,
  withWikipedia: records.length - missingWikipedia,
  missingStart: missingStart.length,
  startAfterEnd: startAfterEnd.length,
  openPastEnd: openPastEnd.length,
  openPastEndList: openPastEnd,
  openWithScheduledEnd: withScheduledEnd,
  officeHistory: { countries: historyCountries.length, since2000: since2000Countries.length, list: historyCountries },
  garbledText,
  twoLabels,
  staleElections,
  closedHolders,
  beforeTheFact,
};

if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`dataset as of ${asOf} (audit run ${today})`);
  console.log(`entities: ${records.length}`);
  for (const [t, n] of Object.entries(report.byType)) console.log(`  ${t.padEnd(12)} ${n}`);
  console.log(`aliases (aliases + short + acronyms): ${aliases} (${aliasesDistinctFolded} distinct after folding, other than the name)`);
  console.log(`facts: ${facts}`);
  console.log(`unsourced: ${unsourced.length}   undated: ${undated.length}`);
  for (const x of [...unsourced, ...undated].slice(0, 20)) console.log(`  ${x.id}${x.fact ? ` (${x.fact})` : ''}`);
  console.log(`stale facts (asOf before ${cutoff}): ${stale.length}; oldest:`);
  for (const s of stale.slice(0, 20)) console.log(`  ${s.asOf.padEnd(10)} ${s.id}: ${s.label}`);
  console.log(`alias keys shared by several entities: ${shared.length}; most shared:`);
  for (const s of shared.slice(0, 30)) console.log(`  ${String(s.count).padStart(2)} "${s.key}": ${s.ids.join(', ')}`);
  console.log(`duplicate Wikidata ids: ${duplicateWikidata.length}`);
  for (const d of duplicateWikidata) console.log(`  ${d.wikidata}: ${d.ids.join(', ')}`);
  console.log(`without wikidata: ${missingWikidata}   without wikipedia: ${missingWikipedia}`);
  console.log(`with wikidata: ${report.withWikidata}   with wikipedia: ${report.withWikipedia}`);
  console.log(`dated facts without a start: ${missingStart.length}   start after end: ${startAfterEnd.length}`);
  for (const x of [...missingStart, ...startAfterEnd].slice(0, 20)) console.log(`  ${x.id} (${x.fact})`);
  console.log(`open offices with a scheduled end: ${withScheduledEnd}; past their scheduled end (before ${asOf}): ${openPastEnd.length}`);
  for (const x of openPastEnd) console.log(`  ${x.scheduledEnd.padEnd(10)} ${x.id}: ${x.value}`);
  console.log(`countries with an ended head-of-state/government term: ${historyCountries.length} (back to 2000: ${since2000Countries.length})`);
  console.log(`garbled card text (brackets, HTML, spacing, trailing separators, machine-form dates): ${garbledText.length}`);
  for (const x of garbledText.slice(0, 20)) console.log(`  ${x.id} (${x.field}, ${x.why}): ${x.value.slice(0, 100)}`);
  console.log(`one thing under two labels: ${twoLabels.length}`);
  for (const x of twoLabels) console.log(`  ${x.id}: ${x.labels.join(' / ')}`);
  console.log(`chambers whose last election predates a later election of their country: ${staleElections.length}`);
  for (const x of staleElections) console.log(`  ${x.id}: ${x.value} < ${x.later}`);
  console.log(`dates given as past by a page written before them: ${beforeTheFact.length}`);
  for (const x of beforeTheFact) console.log(`  ${x.id}: ${x.fact} (since ${x.since}, as of ${x.asOf})`);
  console.log(`heads of state/government shown in office whose own record ends it: ${closedHolders.length}`);
  for (const x of closedHolders) console.log(`  ${x.id}: ${x.fact} (${x.person})`);
}

process.exit(
  unsourced.length || undated.length || duplicateWikidata.length || missingStart.length || startAfterEnd.length || openPastEnd.length ||
    garbledText.length || twoLabels.length || staleElections.length || closedHolders.length || beforeTheFact.length
    ? 1
    : 0,
);

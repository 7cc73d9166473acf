/**
 * The detection engine: article text and metadata in, mentions out. Pure TypeScript; runs in the background, the
 * CLI, the benchmarks and the tests alike.
 *
 * Passes: (1) tokenise without allocating; (2) walk the alias tries from every capitalised token (exact keys, then
 * transliteration skeletons, allowing one garbled token inside a multi-word name); (3) profile the article's topics
 * from its metadata and its confident matches; (4) accept or reject each weaker candidate against that profile and
 * against the entities already found; (5) a bounded fuzzy pass for capitalised tokens nothing matched.
 */
import { type IndexEntity, type LoadedIndex, AliasKind, BLOCKED, tokenSkeleton, unpackEntity, unpackKind } from './alias-index';
import { foldToken, looksLikeMojibake, repairMojibake } from './normalize';
import { type Candidate, F_ALLCAPS, F_CAP, F_DOTTED, F_JOIN_NEXT, F_NOCASE, F_POSSESSIVE, F_SENT_START, type Tokens, appendToken, ensure, inNumberAt, internId, isArticleAt, keyOf, newTokens, wordClass, nextCandidate, releaseTokens, tokenFlagsArray } from './tokens';
import { acronymWeakness, kindToMatch, minKind, walkFrom, weakness } from './walk';
import { LEGAL_FORMS, officeFollows, LOCATIVES, PLACE_TYPES, UTILITY_AFTER, NAMESAKE_RE, SPEAKS_RE, TITLE_NAMING_RE, afterPersonTitle, agreementOfCity, quotedTitle, roadName, workTitle, showBeforeRole, codeInList, countryOwnName, demonymNotPublication, designationAfter, doubleBarrelled, honorificBefore, middleInitialBefore, teamBeforeRole, capitalTheBefore, facilityAt, inHandle, isDateline, isTownOfRegion, modifierWords, personByRelative, placeAfterModifier, nameKeyOfMatch, namedThing, needsContextFor, officeCue, otherGivenNameBefore, partOfOtherName, placeBeforeInstitution, wordsBefore } from './cues';
import { NATIONAL_OFFICES, dayNumber, officeHolder, officeWordBefore } from './office-holder';
import { type Supported, inflectionOf, fuzzyMatch, opensUnknownName, supportedBy } from './fuzzy-pass';
import { TOPIC_ALTERNATIVES, profileTopics, wordListStarts, type TopicProfile } from './topics';
import { DEMONYMS } from './topics-vocab';
import { latinScriptCountry } from './name-order';
import { withMiddleNames } from './middle-names';
import { homeInstitution } from './home-institutions';
import { LIST_GAP_RE, apStateAbbreviations, campusTown, isUsState, isUsStateId, stateCue, stateFollows } from './us-places';
import { type SpanLookup, spanLookup } from './span-lookup';
import { WHOLE_CHARS, splitPieces } from './pieces';

export type { MatchKind, ArticleMeta, Mention, DetectResult, DetectOptions } from './results';
import type { ArticleMeta, DetectOptions, DetectResult, MatchKind, Mention } from './results';

export interface Detector {
  detect(text: string, meta?: ArticleMeta, options?: DetectOptions): DetectResult;
  readonly index: LoadedIndex;
}

const DEFAULT_MAX_CHARS = 4_000_000;
/** Hard caps on work per page (issue 12): a bounded sentence window for cues, distinct words tried by the fuzzy pass. */
const SENTENCE_WINDOW = 600;
const MAX_FUZZY_KEYS = 20_000;
/** What TITLE_NAMING_RE cannot match without ("nicknamed" contains "named"). */
const NAMING_WORD_RE = /(?:named|called|dubbed)\s/;
/** An Arabic article at the start of a folded name key ("al-bashir", "al bashir"). */
const ARTICLE_PREFIX_RE = /^(?:al|el|ad|ash|as|at|an|ar|az|ad-din)[\s-]+/;

/**
 * Mentions whose confidence is below this are dropped by `detect`: the evidence for them is too thin to show a card
 * (a garbled form only the topic supports, a short form the article's country does not back).
 */
export const MIN_CONFIDENCE = 0.6;

/** Create a detector over a loaded index. */
export function createDetector(index: LoadedIndex): Detector {
  return {
    index,
    detect(text, meta = {}, options = {}) {
      const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
      const scanned = text.length > maxChars ? text.slice(0, maxChars) : text;
      if (scanned.length <= WHOLE_CHARS) return detectWhole(index, scanned, meta);
      // A long text piece by piece, as the background's queue runs it: the first piece's topics stand for the text.
      const mentions: Mention[] = [];
      let topics: string[] = [];
      for (const p of splitPieces(scanned)) {
        const res = detectWhole(index, scanned.slice(p.start, p.end), meta);
        for (const m of res.mentions) {
          m.start += p.start;
          m.end += p.start;
          mentions.push(m);
        }
        if (p.start === 0) topics = res.topics;
      }
      return { topics, mentions };
    },
  };
}

/** One text (at most WHOLE_CHARS) in one pass: one topic profile, one sense per article. */
function detectWhole(index: LoadedIndex, scanned: string, meta: ArticleMeta): DetectResult {
  if (looksLikeMojibake(scanned)) {
    const { repaired, map } = repairWithMap(scanned);
    const res = detectIn(index, repaired, meta);
    for (const m of res.mentions) {
      m.start = map(m.start);
      m.end = map(m.end);
    }
    return res;
  }
  return detectIn(index, scanned, meta);
}

/** Repair mojibake runs; `map` turns an offset in the repaired text back into one in the original. */
function repairWithMap(text: string): { repaired: string; map: (offset: number) => number } {
  const re = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;
  const parts: string[] = [];
  // After repaired offset at[k], original offsets run ahead by shift[k].
  const at: number[] = [];
  const shift: number[] = [];
  let last = 0;
  let removed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const fixed = repairMojibake(m[0]);
    if (fixed === m[0] || fixed.length !== 1) continue;
    parts.push(text.slice(last, m.index), fixed);
    removed += m[0].length - 1;
    at.push(m.index - (removed - (m[0].length - 1)) + 1);
    shift.push(removed);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return {
    repaired: parts.join(''),
    map(offset) {
      let lo = 0;
      let hi = at.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid] <= offset) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return offset + (k >= 0 ? shift[k] : 0);
    },
  };
}

function isLowercaseText(text: string): boolean {
  let upper = 0;
  let letters = 0;
  const step = text.length > 20000 ? 7 : 1;
  // Letters sampled can never exceed positions sampled: once the capitals reach 0.4 % of those, the answer is no.
  const enough = Math.ceil(text.length / step) * 0.004;
  for (let i = 0; i < text.length; i += step) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letters++;
    else if (c >= 0x41 && c <= 0x5a) {
      letters++;
      if (++upper >= enough) return false;
    }
  }
  return letters > 100 && upper / letters < 0.004;
}

function detectIn(index: LoadedIndex, text: string, meta: ArticleMeta): DetectResult {
  const lower = isLowercaseText(text);
  const t = newTokens(text, lower);
  try {
    return detectTokens(index, text, meta, t, lower);
  } finally {
    releaseTokens(t);
  }
}

/**
 * Token i starts with a digit and is a name's first word ("2020 US presidential election", "9/11"): the token's own
 * intern number (kept for the walk that follows), not a second lookup.
 */
function digitHeadAtToken(text: string, t: Tokens, i: number): boolean {
  const c = text.charCodeAt(t.start[i]);
  return c >= 0x30 && c <= 0x39 && !!t.digitHeads && t.digitHeads.has(internId(text, t, i)) && !inNumberAt(text, t.start[i]);
}

/** The intern numbers of the exact trie's first keys that start with a digit (see Tokens.digitHeads), per index. */
const digitHeadsMemo = new WeakMap<LoadedIndex, ReadonlySet<number>>();
function digitHeadsOf(index: LoadedIndex): ReadonlySet<number> {
  let heads = digitHeadsMemo.get(index);
  if (!heads) digitHeadsMemo.set(index, (heads = new Set(index.derived?.digitHeads ?? digitHeadList(index))));
  return heads;
}

/** The list digitHeadsOf makes its set of: a pass over every intern key (stored in the image, ADR 0032). */
export function digitHeadList(index: LoadedIndex): Uint32Array {
  const list: number[] = [];
  const { keys, off } = index.intern;
  for (let n = 0; n < off.length - 1; n++) {
    const c = keys.charCodeAt(off[n]);
    if (c >= 0x30 && c <= 0x39 && index.known.root(n)) list.push(n);
  }
  return Uint32Array.from(list);
}

/**
 * One regex for the topic words, the index's lower-case short forms and the namesake cue's word (all `\b(?:…)\b`, flag
 * `i`, no `u`), per index, with sticky copies of the short forms' and the namesake regexes; null when one of those has
 * not that shape (then each reads the text with its own regex, as before).
 */
interface WordLists {
  any: RegExp;
  shortAt: RegExp;
  namesakeAt: RegExp;
}
const wordListsMemo = new WeakMap<LoadedIndex, WordLists | null>();
/** The alternatives inside `\b(?:…)\b` or `\b…\b`, flags `flags`, or null. */
function alternativesOf(re: RegExp, flags: string): string | null {
  const src = re.source;
  if (re.flags !== flags || !src.startsWith('\\b') || !src.endsWith('\\b')) return null;
  return src.startsWith('\\b(?:') && src.endsWith(')\\b') ? src.slice(5, -3) : src.slice(2, -2);
}
export function wordListsOf(index: LoadedIndex): WordLists | null {
  let lists = wordListsMemo.get(index);
  if (lists === undefined) {
    const shorts = index.lowerShortRe ? alternativesOf(index.lowerShortRe, 'gi') : '';
    const namesake = alternativesOf(NAMESAKE_RE, 'i');
    lists =
      shorts === null || namesake === null || /[()|]/.test(namesake)
        ? null
        : {
            any: new RegExp(`\\b(?:${TOPIC_ALTERNATIVES}|${namesake}${shorts ? `|${shorts}` : ''})\\b`, 'gi'),
            shortAt: index.lowerShortRe ? new RegExp(index.lowerShortRe.source, 'iy') : /$^/y,
            namesakeAt: new RegExp(NAMESAKE_RE.source, 'iy'),
          };
    wordListsMemo.set(index, lists);
  }
  return lists;
}

/** NAMESAKE_RE.test(text), asked at the joined regex's positions when given them. */
export function mentionsNamesake(index: LoadedIndex, text: string, starts?: readonly number[]): boolean {
  const lists = starts ? wordListsOf(index) : null;
  if (!starts || !lists) return NAMESAKE_RE.test(text);
  const re = lists.namesakeAt;
  for (let k = 0; k < starts.length; k++) {
    re.lastIndex = starts[k];
    if (re.test(text)) return true;
  }
  return false;
}


/**
 * Where the index's lower-case short forms match in `text` (its regex's global matches: each search resumes where the
 * last match ended), as [start, end] pairs. Given `starts` (wordListStarts of the joined regex over the same text), the
 * short forms' sticky regex is asked only there, past the last match: the same matches, with no read of its own.
 */
export function shortFormSpans(index: LoadedIndex, text: string, starts?: readonly number[]): number[] {
  const spans: number[] = [];
  const lists = starts ? wordListsOf(index) : null;
  if (!index.lowerShortRe) return spans;
  if (!starts || !lists) {
    const re = index.lowerShortRe;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push(m.index, m.index + m[0].length);
    return spans;
  }
  const re = lists.shortAt;
  let end = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k];
    if (p < end) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) {
      end = p + m[0].length;
      spans.push(p, end);
    }
  }
  return spans;
}

/**
 * Pass 2: candidate spans, scanning lazily — the walk from every token that may start a name, the acronyms and the
 * blocked phrases. Pushes onto `found` (in text order) and `blocked`; returns the all-caps words that are no acronym
 * we know. Its own function, not a block of detectTokens: a small function is optimised soon after it gets hot
 * (detectTokens as one took TurboFan 1–4 s of compile on this host, running unoptimised meanwhile).
 */
function scanCandidates(index: LoadedIndex, text: string, t: Tokens, lower: boolean, found: Candidate[], blocked: Candidate[]): number[] | undefined {
  let bareCaps: number[] | undefined;
  // Pass 2: candidate spans, scanning lazily.
  let scanFrom = 0;
  for (let i = 0; ; ) {
    if (i >= t.n) {
      const s = nextCandidate(t, scanFrom);
      if (s < 0) break;
      scanFrom = appendToken(t, s);
    }
    const f = t.flags[i];
    const canStart = lower || f & F_CAP || isArticleAt(text, t, i) || digitHeadAtToken(text, t, i);
    if (!canStart) {
      i++;
      if (i >= t.n) scanFrom = Math.max(scanFrom, t.end[t.n - 1]);
      continue;
    }
    let best = walkFrom(index, text, t, i, lower);
    // "The National Cathedral": a name that starts with "The" ("The National", a newspaper) gives way to a longer name
    // that starts at the next word and runs past it.
    if (best && best.endTok - best.startTok >= 2 && f & F_CAP && t.end[i] - t.start[i] === 3 && keyOf(text, t, i) === 'the') {
      const alt = walkFrom(index, text, t, i + 1, lower);
      if (alt && alt.endTok > best.endTok) best = alt;
    }
    // "the United Nations’ General Assembly": a name whose own words end in a possessive owns the name after it — two
    // mentions, not one longer name the possessive was read through ("Kurdistan Workers' Party" is no such prefix).
    if (best && best.endTok - best.startTok >= 3) {
      for (let p = best.startTok + 1; p < best.endTok - 1; p++) {
        if (!(t.flags[p] & F_POSSESSIVE)) continue;
        const saved = t.flags[p];
        t.flags[p] = saved & ~F_JOIN_NEXT;
        const head = walkFrom(index, text, t, i, lower);
        t.flags[p] = saved;
        if (head && head.endTok === p + 1 && head.weak === 0 && head.cands !== BLOCKED && head.cands.length) best = head;
        break;
      }
    }
    if (f & F_ALLCAPS && (!best || best.endTok - best.startTok === 1)) {
      // An all-caps word that is a known acronym reads as the acronym ("SANA" the agency, not Sanaa).
      const raw = f & F_DOTTED ? keyOf(text, t, i).toUpperCase() : text.slice(t.start[i], t.end[i]);
      // "OPEC+" is its own organisation: the plus sign belongs to the acronym.
      const plus = text.charCodeAt(t.end[i]) === 0x2b ? index.acronyms.get(`${raw}+`) : undefined;
      if (plus) t.end[i] += 1;
      const ac = plus ?? index.acronyms.get(raw);
      if (ac) best = { startTok: i, endTok: i + 1, cands: ac, match: 'acronym', weak: acronymWeakness(t, i, ac) };
      else if (!best && !lower && raw.length >= 2) (bareCaps ??= []).push(i);
    } else if ((!best || best.endTok - best.startTok === 1) && innerCapitalShape(text, t.start[i], t.end[i])) {
      // "the US Department of Defense (DoD)", "the MoD": an acronym written with a small inner letter, as the dataset
      // gives it, is that acronym (the shape — capital, small letters, capital — is no ordinary word).
      const ac = index.acronyms.get(text.slice(t.start[i], t.end[i]));
      if (ac) best = { startTok: i, endTok: i + 1, cands: ac, match: 'acronym', weak: acronymWeakness(t, i, ac) };
    } else if (text.charCodeAt(t.end[i]) === 0x2b && (!best || best.endTok - best.startTok === 1)) {
      // "Opec+", as British papers write it, is OPEC+ as much as "OPEC+" is.
      const plus = index.acronyms.get(`${text.slice(t.start[i], t.end[i]).toUpperCase()}+`);
      if (plus) {
        t.end[i] += 1;
        best = { startTok: i, endTok: i + 1, cands: plus, match: 'acronym', weak: acronymWeakness(t, i, plus) };
      }
    }
    if (best && best.cands !== BLOCKED && index.blockedTails.has(keyOf(text, t, i))) {
      // "chicken Kiev", "plaster of Paris": a blocked phrase that starts with lower-case words ends here.
      const before = wordsBefore(text, t.start[i], 3);
      for (const tail of index.blockedTails.get(keyOf(text, t, i))!) {
        const prefix = tail.slice(0, -1);
        if (prefix.length <= before.length && prefix.every((w, x) => w === before[before.length - prefix.length + x])) {
          best = { ...best, endTok: i + 1, cands: BLOCKED };
          break;
        }
      }
    }
    if (best) {
      // A blocked phrase ("Aleppo pepper") swallows its words and links nothing.
      if (best.cands !== BLOCKED) found.push(best);
      else blocked.push(best);
      i = best.endTok;
    } else {
      i++;
    }
    if (i >= t.n && t.n > 0) scanFrom = Math.max(scanFrom, t.end[t.n - 1] + (t.flags[t.n - 1] & F_POSSESSIVE ? 1 : 0));
  }
  return bareCaps;
}

/**
 * The cues that read one candidate in its sentence ("Mr. Bolton", "the cast of “Hamilton”", "Baja California"): the
 * candidates kept, in order; the others go to `blocked`, and a word read as part of another name to `otherSense`.
 * Its own function for the optimising compiler (see scanCandidates).
 */
function cueFilter(index: LoadedIndex, text: string, t: Tokens, lower: boolean, found: Candidate[], blocked: Candidate[], otherSense: Set<string>): Candidate[] {
  // Words used as a modifier after "a"/"an" ("an Ebola patient"), found once, when a place before a name asks.
  let modifiers: Set<string> | null = null;
  const modifiersOf = () => (modifiers ??= modifierWords(text));
  const kept: Candidate[] = [];
  // Tokens inside any candidate (a name we know, by any form): "Trump-Putin" joins two of them. In the kept buffer
  // the fuzzy pass takes again below, after this block (a fresh typed array is an allocation outside the heap).
  const inName = tokenFlagsArray(t, t.n, 1);
  for (const c of found) for (let k = c.startTok; k < c.endTok; k++) inName[k] = 1;
  for (let k = 0; k < found.length; k++) {
    const c = found[k];
    if (!lower && c.endTok - c.startTok === 1) {
      // "Mr. Bolton", "John R. Bolton": after a courtesy title or a given name and middle initial comes a person's
      // surname — not the town, and (but for "Miss") not the town anywhere else in the article either.
      const initial = middleInitialBefore(index, text, t, c.startTok);
      const hon = initial ? 'one' : honorificBefore(text, t.start[c.startTok]);
      if (hon) {
        const persons = c.cands.filter((p) => index.entities[unpackEntity(p)].type === 'person');
        if (persons.length && persons.length < c.cands.length) {
          c.cands = persons;
          c.match = kindToMatch(persons);
          c.weak = Math.max(c.weak, weakness(persons, 1));
        } else if (!persons.length || initial) {
          // (A person's surname after someone else's given name and initial: "Jane R. Putin" is not he.)
          if (hon === 'one') otherSense.add(keyOf(text, t, c.startTok));
          blocked.push(c);
          continue;
        }
      }
      // "RSA-768", "F-16": an acronym before a hyphen and a number designates a model or a standard (not the
      // "EU-27", which is the Union).
      if (c.match === 'acronym' && designationAfter(text, t.end[c.startTok]) && !c.cands.every((p) => index.entities[unpackEntity(p)].type === 'organization')) {
        blocked.push(c);
        continue;
      }
    }
    // "Alabama offensive coordinator", "Sleigh-Johnson", "every New Yorker", "the Paris agreement", "the cast of
    // “Hamilton”", "the Belt Parkway", "the Chicago Fire actor", "stories in AU and NZ": this mention only.
    // "Florida, Alabama grandstanding? … Florida coach Urban Meyer": a place whose coach or player the article names is
    // that team wherever it stands bare in the article (a short sports story has too few sports words for the domain);
    // "in Florida" stays the place (the filter below).
    if (!lower && c.endTok - c.startTok === 1 && teamBeforeRole(index, text, t, c)) otherSense.add(keyOf(text, t, c.startTok));
    if (!lower && (teamBeforeRole(index, text, t, c) || doubleBarrelled(index, text, t, c, inName) || demonymNotPublication(index, text, t, c) ||
        agreementOfCity(index, text, t, c) || quotedTitle(index, text, t, c) || roadName(index, text, t, c) || showBeforeRole(index, text, t, c) ||
        (c.match === 'acronym' && codeInList(index, text, t, c, (at) => found.some((o) => t.start[o.startTok] === at))))) {
      blocked.push(c);
      continue;
    }
    // "Dunkirk is currently streaming on HBO Go": a film's or a show's title, here and (one word) in the whole article.
    if (!lower && workTitle(index, text, t, c)) {
      if (c.endTok - c.startTok === 1) otherSense.add(keyOf(text, t, c.startTok));
      blocked.push(c);
      continue;
    }
    if (!lower && namedThing(index, text, t, c)) {
      blocked.push(c);
      continue;
    }
    if (c.endTok - c.startTok === 1 && !lower && LEGAL_FORM_AFTER_RE.test(text.slice(t.end[c.startTok], t.end[c.startTok] + 40))) {
      // "Nobel Industrier Sweden AB", "Texaco Canada Inc": a company's name holds the place; this mention only — a
      // company named after a country does not make the country's name the company's throughout the article.
      blocked.push(c);
      continue;
    }
    if (c.endTok - c.startTok === 1 && (partOfOtherName(index, text, t, c, lower, modifiersOf, inName) || isTownOfRegion(index, text, t, c, found[k + 1]) || (!lower && personByRelative(index, text, t, c, found[k - 1])))) {
      // "Baja California": this mention only, when the word before is no given name. So too an initialism ("Coloroll
      // U.S. Business", "U.S. Hart-Scott-Rodino regulations"): "U.S." is nobody's given name or surname, so the other
      // name it sits in says nothing of its other mentions.
      if ((lower || !placeAfterModifier(index, text, t, c) || isTownOfRegion(index, text, t, c, found[k + 1])) && (lower || !(t.flags[c.startTok] & F_DOTTED))) {
        const k = keyOf(text, t, c.startTok);
        otherSense.add(k);
        // "Omar Hassan al-Bashir" also makes a later bare "Bashir" his.
        const bare = k.replace(ARTICLE_PREFIX_RE, '');
        if (bare !== k) otherSense.add(bare);
      }
      blocked.push(c);
      // "sisters Georgia and India Patel": a given name coordinated with a person's name is one too.
      const prev = kept[kept.length - 1];
      if (prev && prev.endTok - prev.startTok === 1 && index.firstNames.has(keyOf(text, t, prev.startTok)) &&
          /^\s+(?:and|&)\s+$/.test(text.slice(t.end[prev.startTok], t.start[c.startTok]))) {
        otherSense.add(keyOf(text, t, prev.startTok));
        blocked.push(kept.pop()!);
      }
    } else if (!lower && placeBeforeInstitution(index, text, t, c)) {
      // This mention only: the article may name the place itself elsewhere ("Moscow State University" in a story
      // about Moscow).
      blocked.push(c);
    } else {
      // "At Folsom Prison in California … alongside Folsom's inmates": a small town's name (ADR 0010, 0028) that the
      // article uses as the first word of a longer name (resolve drops that mention) is that thing wherever it stands
      // alone — unless a preposition of place or a dateline makes it the town (the one-sense filter).
      if (!lower && c.endTok - c.startTok === 1 && c.cands.length && !(t.flags[c.startTok] & F_POSSESSIVE) && c.cands.every((p) => index.entities[unpackEntity(p)].minor) &&
          /^[ \u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(t.end[c.startTok], t.end[c.startTok] + 4))) otherSense.add(keyOf(text, t, c.startTok));
      kept.push(c);
    }
  }
  return kept;
}

/**
 * Pass 5: the fuzzy fallback for capitalised tokens nothing covered; pushes onto `accepted` and `acceptedEntities`.
 * Its own function for the optimising compiler (see scanCandidates).
 */
function fuzzyPass(index: LoadedIndex, text: string, t: Tokens, lower: boolean, found: Candidate[], blocked: Candidate[], profile: TopicProfile, accepted: Accepted[], acceptedEntities: Set<number>): void {
  const covered = tokenFlagsArray(t, t.n, 1);
  for (const a of accepted) for (let k = a.c.startTok; k < a.c.endTok; k++) covered[k] = 1;
  for (const c of found) for (let k = c.startTok; k < c.endTok; k++) covered[k] = 1;
  for (const c of blocked) for (let k = c.startTok; k < c.endTok; k++) covered[k] = 1;
  let supported: Supported | null = null;
  const fuzzDone = new Map<string, ReturnType<typeof fuzzyMatch>>();
  for (let i = 0; i < t.n; i++) {
    if (covered[i]) continue;
    const f = t.flags[i];
    if (!(f & F_CAP) && !lower) continue;
    // No fuzzy guess from a word of a script without capitals (F_NOCASE): every word there looks like a name.
    if (f & F_NOCASE) continue;
    if (t.end[i] - t.start[i] < 4) continue;
    if (wordClass(index, text, t, i) !== 0) continue;
    if (opensUnknownName(t, i, covered)) continue;
    const k = keyOf(text, t, i);
    if (!supported) supported = supportedBy(index, profile, acceptedEntities);
    let m = fuzzDone.get(k);
    // Cap (issue 12): fuzzy work per page; past it, distinct unknown words simply get no fuzzy match.
    if (m === undefined && fuzzDone.size >= MAX_FUZZY_KEYS) continue;
    if (m === undefined) {
      m = fuzzyMatch(index, text, t, i, supported, acceptedEntities, lower);
      fuzzDone.set(k, m);
    }
    if (m) {
      // A garble is believable when the article names the entity or is about its country; on topic alone its
      // confidence stays under MIN_CONFIDENCE and it is not shown.
      // A garbled surname alone ("Bond" for Bondi in a credit line) needs the person named in the article: the
      // article's country is no support for one of its many people.
      const ent = index.entities[m.e];
      const own = ent.country;
      const conf = acceptedEntities.has(m.e) || (own && ent.type !== 'person' && (profile.countries.get(own) ?? 0) > 0) ? Math.max(0.65, m.conf) : m.conf;
      accepted.push({ ...m, conf, c: { ...m.c, startTok: i, endTok: i + 1 } });
      // (A hidden garble of a person is no support for the next one: "Bond … Bond" stays hidden.)
      if (ent.type !== 'person' || conf >= MIN_CONFIDENCE) acceptedEntities.add(m.e);
    }
  }
}

/** A candidate taken, with its entity, confidence and kind of match. */
interface Accepted {
  c: Candidate;
  e: number;
  conf: number;
  match: MatchKind;
}

/**
 * The filters between the scan and the topic profile: namesake towns, a surname after middle names, a place before an
 * institution's short name, the headline's naming cues, the one-candidate cues (`cueFilter`), one sense per article
 * and acronyms the article spells out as something else. Returns the candidates kept; the dropped go to `blocked`.
 * Its own function for the optimising compiler (ADR 0068).
 */
function senseFilters(
  index: LoadedIndex,
  text: string,
  meta: ArticleMeta,
  t: Tokens,
  lower: boolean,
  found0: Candidate[],
  blocked: Candidate[],
  listStarts: number[] | undefined,
): Candidate[] {
  let found = found0;
  // One sense per article: a word seen as part of another name ("Théo Macron", "Moscow, Idaho") is read that way
  // wherever it stands alone, unless the entity is also named in full.
  const otherSense = new Set<string>();
  // "…Rome, which, like its Italian namesake…": places in a sentence about namesakes are the namesake towns.
  if (mentionsNamesake(index, text, listStarts)) {
    found = found.filter((c) => {
      if (c.endTok - c.startTok !== 1 || !c.cands.every((p) => index.entities[unpackEntity(p)].type === 'city')) return true;
      const s0 = t.start[c.startTok];
      // The sentence, looked for within a bounded window (issue 12: unbounded searches made text without full stops quadratic).
      const w0 = Math.max(0, s0 - SENTENCE_WINDOW);
      const from = text.slice(w0, s0).lastIndexOf('.') + 1 + w0;
      const to = text.slice(s0, s0 + SENTENCE_WINDOW).indexOf('.');
      if (!NAMESAKE_RE.test(text.slice(from, to < 0 ? Math.min(text.length, s0 + SENTENCE_WINDOW) : s0 + to))) return true;
      blocked.push(c);
      return false;
    });
  }
  // "Omar Hassan al-Bashir": a person's surname after the given name and middle names is the person's full name.
  {
    const out: Candidate[] = [];
    for (const c of found) {
      const w = c.weak > 0 && !lower ? withMiddleNames(index, text, t, c) : null;
      if (!w) {
        out.push(c);
        continue;
      }
      while (out.length && out[out.length - 1].endTok > w.startTok) out.pop();
      for (let k = w.startTok; k < w.endTok; k++) t.covered![k] = 1;
      out.push(w);
    }
    found = out;
  }
  // "the Oklahoma Supreme Court", "the Texas Senate": a place right before an institution's short name makes it that
  // place's institution — neither the national one of another country nor a mention of the place.
  if (!lower) {
    const drop = new Set<Candidate>();
    for (let k = 0; k + 1 < found.length; k++) {
      const c = found[k];
      const n = found[k + 1];
      if (c.endTok - c.startTok !== 1 || n.startTok !== c.endTok || t.flags[c.startTok] & F_POSSESSIVE || !(t.flags[c.startTok] & F_JOIN_NEXT)) continue;
      if (!c.cands.every((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type))) continue;
      if (!n.cands.every((p) => unpackKind(p) === AliasKind.Short && index.entities[unpackEntity(p)].type === 'organization')) continue;
      const places = new Set(c.cands.map((p) => index.entities[unpackEntity(p)].id));
      if (n.cands.some((p) => places.has(index.entities[unpackEntity(p)].country ?? ''))) continue;
      drop.add(c);
      drop.add(n);
    }
    if (drop.size) {
      for (const c of drop) blocked.push(c);
      found = found.filter((c) => !drop.has(c));
    }
  }
  // The headline's naming cues count for the whole article ("a rhino named Sudan").
  // (matchAll copies the regex on every call: most headlines have no naming word, and skip it.)
  if (meta.title && NAMING_WORD_RE.test(meta.title)) for (const m of meta.title.matchAll(TITLE_NAMING_RE)) otherSense.add(foldToken(m[1]));
  found = cueFilter(index, text, t, lower, found, blocked, otherSense);
  if (otherSense.size) {
    // …but not for an entity the article names in full ("Michel Aoun" does not hide "Aoun" after "Joseph Aoun").
    const fullNamed = new Set<number>();
    for (const c of found) if (c.endTok - c.startTok > 1 && c.weak === 0 && c.cands.length === 1) fullNamed.add(unpackEntity(c.cands[0]));
    found = found.filter((c) => {
      // A place after "in", "of", "to"… stays a place ("Paris Blake won; the race started south of Paris").
      if (c.endTok - c.startTok !== 1 || !otherSense.has(keyOf(text, t, c.startTok))) return true;
      // Not "what you think of Hamilton's crash" (after "Lewis Hamilton"): "of" before a possessive is no place's "of".
      const before = wordsBefore(text, t.start[c.startTok], 1)[0] ?? '';
      const placeHere = LOCATIVES.has(before) && !(before === 'of' && t.flags[c.startTok] & F_POSSESSIVE) && c.cands.some((p) => PLACE_TYPES.has(index.entities[unpackEntity(p)].type));
      // (A dateline's town is the town: "CORNING, N.Y., March 2 - Corning Glass Works said…".)
      if (!placeHere && !c.cands.some((p) => fullNamed.has(unpackEntity(p))) && !isDateline(text, t, c)) {
        blocked.push(c);
        return false;
      }
      return true;
    });
  }

  // "the Marine Stewardship Council (MSC)": an acronym the article spells out as something we do not know means that
  // thing throughout, not the entity the dataset has under the same letters (unless the article names it too).
  if (text.includes(')')) {
    const defined = definedAcronyms(text);
    if (defined.size) {
      const spelledOut = new Set<number>();
      for (const c of found) if (c.match !== 'acronym' && c.match !== 'variant') for (const p of c.cands) spelledOut.add(unpackEntity(p));
      found = found.filter((c) => {
        const words = c.match === 'acronym' && c.endTok - c.startTok === 1 ? defined.get(text.slice(t.start[c.startTok], t.end[c.startTok])) : undefined;
        if (!words) return true;
        if (c.cands.some((p) => spelledOut.has(unpackEntity(p)) || spellsName(words, index.entities[unpackEntity(p)].name))) return true;
        blocked.push(c);
        return false;
      });
    }
  }
  return found;
}

/**
 * Pass 3: the topic profile from the metadata and the confident, unambiguous candidates; drops an acronym of a body of a
 * country the article is not about (into `blocked`) and profiles again. Returns the candidates kept, the profile and
 * the entities named by their own spelling. Its own function for the optimising compiler (ADR 0068).
 */
function topicPass(
  index: LoadedIndex,
  text: string,
  meta: ArticleMeta,
  t: Tokens,
  lower: boolean,
  found0: Candidate[],
  blocked: Candidate[],
  listStarts: number[] | undefined,
): { found: Candidate[]; profile: TopicProfile; namedProperly: Set<number> } {
  const confident = new Map<number, number>();
  // Entities named by their own spelling. A transliteration variant counts for the topics but does not vouch for
  // itself: "Rian Johnson" must not establish Ron Johnson.
  const namedProperly = new Set<number>();
  let found = found0;
  for (const c of found) {
    // (A country's own name shared by its city, or after "in" by a person's short form, counts for the country:
    // countryOwnName.)
    const e = c.cands.length === 1 ? unpackEntity(c.cands[0]) : lower ? -1 : countryOwnName(index, text, t, c);
    if (e >= 0 && c.weak === 0 && !needsContextFor(index, text, t, c, lower)) {
      confident.set(e, (confident.get(e) ?? 0) + 1);
      if (c.match !== 'variant') namedProperly.add(e);
    }
  }
  let profile = profileTopics(index, meta, confident, text, listStarts);
  // "Seattle … the first ones to market the MSC halibut" (the Marine Stewardship Council, not the Munich Security
  // Conference): an acronym of a body of one country, in an article about another that never names the first, nor
  // the body in full, nor anything tied to it, nor any of its topics beyond the weight the acronym itself gave them,
  // stands for something else. Countries and news organisations ("US", "AFP", "BBC") are named from anywhere.
  const spelled = (e: number) => found.some((d) => d.match !== 'acronym' && d.match !== 'variant' && d.cands.some((p) => unpackEntity(p) === e));
  const foreignAcronym = (c: Candidate): boolean => {
    if (c.match !== 'acronym' || c.cands.length !== 1) return false;
    const e = unpackEntity(c.cands[0]);
    const ent = index.entities[e];
    if (ent.type === 'country' || ent.type === 'media') return false;
    // The country the body belongs to: its own or a tied entity's. Not a country among its topics: that is what the
    // body is about, not whose it is (the OPCW, UNIFIL, MONUSCO are named in a story from Geneva as anywhere).
    const home = countryOf(index, ent);
    if (!home) return false;
    const own = ent.country === home ? (confident.get(e) ?? 0) : 0;
    if ((profile.countries.get(home) ?? 0) - own > 0) return false;
    let elsewhere = false;
    for (const [id, w] of profile.countries) if (id !== home && w > 0) elsewhere = true;
    return elsewhere && coherence(ent, profile) === 0 && profile.scoreOthers(e, ent.topics) <= 0 && !spelled(e);
  };
  if (found.some(foreignAcronym)) {
    const drop = new Set<number>();
    found = found.filter((c) => {
      if (!foreignAcronym(c)) return true;
      drop.add(unpackEntity(c.cands[0]));
      blocked.push(c);
      return false;
    });
    for (const e of drop) {
      confident.delete(e);
      namedProperly.delete(e);
    }
    profile = profileTopics(index, meta, confident, text, listStarts);
  }
  return { found, profile, namedProperly };
}

/**
 * Before resolving: the surnames once given their office (`cued`; `heldCued` those the office word picked out among
 * namesakes) and the surnames seen after someone else's given name (`othersSurname`). Its own function for the
 * optimising compiler (ADR 0068).
 */
function officeCues(
  index: LoadedIndex,
  text: string,
  t: Tokens,
  found: Candidate[],
  heldOf: (c: Candidate) => Held | null,
): { cued: Set<number>; heldCued: Set<number>; othersSurname: Set<string> } {
  // A surname once given its office ("President-elect Trump") is that person wherever it stands alone in the article.
  const cued = new Set<number>();
  // …and, of those, the ones the office word itself picked out among namesakes ("former President Bush": the one who
  // left that office last before the article's date).
  const heldCued = new Set<number>();
  // A surname seen after someone else's given name ("Omar Hassan al-Bashir") is that other person's throughout.
  const othersSurname = new Set<string>();
  for (const c of found) {
    if (c.weak > 0 && c.endTok - c.startTok <= 2 && c.cands.every((p) => index.entities[unpackEntity(p)].type === 'person' && unpackKind(p) >= AliasKind.Derived)) {
      const s0 = t.start[c.startTok];
      if (c.cands.every((p) => otherGivenNameBefore(index, text, s0, index.entities[unpackEntity(p)].name))) othersSurname.add(bareKey(text.slice(s0, t.end[c.endTok - 1])));
    }
    if (c.endTok - c.startTok !== 1) continue;
    const holder = c.cands.length > 1 ? heldOf(c) : null;
    for (const p of c.cands) {
      if (unpackKind(p) === AliasKind.Short && index.entities[unpackEntity(p)].type === 'person' && (!holder || holder.e === unpackEntity(p)) && officeCue(text, t.start[c.startTok], t.end[c.startTok])) {
        cued.add(unpackEntity(p));
        if (holder) heldCued.add(unpackEntity(p));
      }
    }
  }
  return { cued, heldCued, othersSurname };
}

/** Office bits of the heads of state and government (and their ministers) a surname alone names: president,
 * minister/premier, chancellor, king, queen. */
const CALENDAR_WORD_RE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const INTRODUCED_RE = /^,[ \u00a0]+(?:an?[ \u00a0]|\d{1,3},)/;
const LEADER_OFFICES = (1 << 0) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5);

/**
 * Adds to `cued` the people a surname alone names because they hold a head-of-state or government office on the
 * article's date (today when it has none): the surname has this one person as its only candidate, and it is no
 * ordinary word or given name ("May", "Tusk", "Albanese"? — the word lists decide). Other people of that surname are
 * left out by the rules in resolve (someone else's given name before it, a sports piece).
 */
function leaderSurnames(index: LoadedIndex, text: string, t: Tokens, found: Candidate[], day: number | undefined, cued: Set<number>): void {
  const d = day ?? 99_999_999;
  for (const c of found) {
    if (c.endTok - c.startTok !== 1 || c.cands.length !== 1 || unpackKind(c.cands[0]) !== AliasKind.Short) continue;
    const e = unpackEntity(c.cands[0]);
    const ent = index.entities[e];
    if (ent.type !== 'person' || !ent.offices || cued.has(e)) continue;
    const key = keyOf(text, t, c.startTok);
    // Words the lexicon leaves out because they are always capitalised are no surname alone either: "Friday" (Godwin
    // Friday), "English" (Bill English).
    if (index.commonWords.has(key) || index.firstNames.has(key) || CALENDAR_WORD_RE.test(key) || DEMONYMS[key] !== undefined) continue;
    // "Trump, a retired plumber from Ohio, said", "Trump, 54, of Toledo": a surname the article introduces with a
    // description or an age is someone the reader is not expected to know.
    if (INTRODUCED_RE.test(text.slice(t.end[c.startTok], t.end[c.startTok] + 8))) continue;
    const s = ent.offices;
    for (let j = 0; j + 2 < s.length; j += 3) {
      if (s[j] & LEADER_OFFICES && s[j + 1] <= d && s[j + 2] >= d) {
        cued.add(e);
        break;
      }
    }
  }
}

/**
 * Pass 4: resolve each candidate, strong forms first; pushes onto `accepted` and `acceptedEntities`. `takeBack` returns
 * a gated town set aside to a candidate once the article linked it. Its own function for the optimising compiler
 * (ADR 0068).
 */
function resolvePass(
  index: LoadedIndex,
  text: string,
  t: Tokens,
  lower: boolean,
  found: Candidate[],
  profile: TopicProfile,
  accepted: Accepted[],
  acceptedEntities: Set<number>,
  cued: Set<number>,
  othersSurname: Set<string>,
  heldOf: (c: Candidate) => Held | null,
  heldCued: Set<number>,
  takeBack: (c: Candidate, linked: Set<number>) => void,
): void {
  // Two rounds: strong first, so that weak forms can lean on entities the strong forms established.
  const weakQueue: Candidate[] = [];
  for (const c of found) {
    if (c.weak === 0) {
      takeBack(c, acceptedEntities);
      const r = resolve(index, text, t, c, profile, acceptedEntities, lower, cued, othersSurname, heldOf, heldCued);
      if (r) {
        accepted.push({ c, ...r });
        acceptedEntities.add(r.e);
      }
    } else weakQueue.push(c);
  }
  const strongSet = new Set(accepted.map((a) => a.e));
  for (const c of weakQueue) {
    takeBack(c, strongSet);
    const r = resolve(index, text, t, c, profile, strongSet, lower, cued, othersSurname, heldOf, heldCued);
    if (r) {
      accepted.push({ c, ...r });
      acceptedEntities.add(r.e);
    }
  }

}

/**
 * The end passes, after resolving: AP state abbreviations, a city-or-state name read as the state, an institution after
 * "in <place>,", bare surnames of someone else's full name, facilities. Edits `accepted` in place (and sorts it). Its own
 * function for the optimising compiler (ADR 0068).
 */
function endPasses(index: LoadedIndex, text: string, t: Tokens, lower: boolean, accepted: Accepted[], heldOf: (c: Candidate) => Held | null): void {
  // "MONTGOMERY, Ala. —", "in Lincoln, Neb.": AP's state abbreviations after a town are the state.
  if (!lower) {
    const abbreviations = apStateAbbreviations(index, text);
    // Whether an abbreviation overlaps a mention, or one taken before it, looked up rather than scanned (a text
    // naming one person thousands of times was quadratic). The abbreviations come in text order.
    const named = abbreviations.length ? spanLookup(accepted.map((a) => ({ start: t.start[a.c.startTok], end: t.end[a.c.endTok - 1] }))) : null;
    const taken = spanLookup();
    for (const ab of abbreviations) {
      if (named!.overlaps(ab.start, ab.end) || taken.overlaps(ab.start, ab.end)) continue;
      const first = t.n;
      appendToken(t, ab.start);
      if (t.start[first] !== ab.start) continue;
      // The token ends before the full stop; the abbreviation's span keeps it ("Ala.").
      t.end[first] = ab.end;
      accepted.push({ c: { startTok: first, endTok: first + 1, cands: [], match: 'alias', weak: 0 }, e: ab.e, conf: 0.9, match: 'alias' });
      taken.add(ab.start, ab.end);
    }
  }

  accepted.sort((a, b) => t.start[a.c.startTok] - t.start[b.c.startTok]);
  const namedHere = new Set(accepted.map((b) => b.e));
  const inStatesOwnGeography = (city: number, state: number) => stateOverCity(index, city, state, namedHere);
  // "Arizona, Georgia, Nevada, South Carolina, Utah and Washington"; "New York, the nation's third-largest state": a
  // name shared by a city and a state is the state in a list of states, beside the word "state" or a state's office
  // ("New York Gov."), or in a sentence about electors or electoral votes (a state's).
  for (const [k, a] of accepted.entries()) {
    if (isUsState(index, a.e)) continue;
    let state = -1;
    for (const p of a.c.cands) if (isUsState(index, unpackEntity(p))) state = unpackEntity(p);
    if (state < 0) continue;
    const s0 = t.start[a.c.startTok];
    const e0 = t.end[a.c.endTok - 1];
    const prev = accepted[k - 1];
    const next = accepted[k + 1];
    const listed =
      (prev && isUsState(index, prev.e) && LIST_GAP_RE.test(text.slice(t.end[prev.c.endTok - 1], s0))) ||
      (next && isUsState(index, next.e) && LIST_GAP_RE.test(text.slice(e0, t.start[next.c.startTok])));
    if (listed || stateCue(text, s0, e0) || inStatesOwnGeography(a.e, state)) {
      a.e = state;
      a.match = 'context';
    }
  }
  // "Back in Washington, the Senate voted to confirm him as ambassador to Nigeria": an institution's bare name right
  // after "in <place>," is the institution of that place's country, whichever country the article names most — when
  // its candidates hold exactly one of that country.
  for (const [k, a] of accepted.entries()) {
    if (k === 0 || a.c.cands.length < 2 || a.match !== 'context' || index.entities[a.e].type !== 'organization') continue;
    const prev = accepted[k - 1];
    const place = index.entities[prev.e];
    if (!PLACE_TYPES.has(place.type) || !/^,[ \u00a0]+(?:the[ \u00a0]+)?$/.test(text.slice(t.end[prev.c.endTok - 1], t.start[a.c.startTok]))) continue;
    if (wordsBefore(text, t.start[prev.c.startTok], 1)[0] !== 'in') continue;
    const country = place.type === 'country' ? place.id : countryOf(index, place);
    if (!country || index.entities[a.e].country === country) continue;
    let only = -1;
    for (const p of a.c.cands) {
      const e = unpackEntity(p);
      if (index.entities[e].country !== country || e === only) continue;
      if (only >= 0) {
        only = -2;
        break;
      }
      only = e;
    }
    if (only >= 0) a.e = only;
  }
  // "President Franklin Roosevelt … James Roosevelt Jr., the grandson … Roosevelt, who served": a bare surname is the
  // person last named in full with it; when that full name is no mention of the entity, it is someone else's —
  // unless an office word before it names the entity ("Hillary Clinton … under President Clinton").
  // The full names, per entity, looked up rather than scanned; the mentions dropped are single words, never one of them.
  const fullNames = new Map<number, SpanLookup>();
  for (const b of accepted) {
    if (b.c.endTok - b.c.startTok <= 1) continue;
    let spans = fullNames.get(b.e);
    if (!spans) fullNames.set(b.e, (spans = spanLookup()));
    spans.add(t.start[b.c.startTok], t.end[b.c.endTok - 1]);
  }
  let kept = 0;
  for (const a of accepted) {
    if (a.c.endTok - a.c.startTok === 1 && index.entities[a.e].type === 'person' && kindOf(a.c, a.e) === AliasKind.Short && heldOf(a.c)?.e !== a.e) {
      const at = lastFullNameWith(index, text, t.start[a.c.startTok], t.end[a.c.startTok]);
      if (at >= 0 && !fullNames.get(a.e)?.covers(at)) continue;
    }
    accepted[kept++] = a;
  }
  accepted.length = kept;
  let prevFacility = -1;
  for (const [k, a] of accepted.entries()) {
    // "the bases in Hmeimim and Tartus": the cue carries over a list.
    const gap = k > 0 ? text.slice(t.end[accepted[k - 1].c.endTok - 1], t.start[a.c.startTok]) : '';
    const listed = prevFacility === k - 1 && k > 0 && /^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(gap);
    const f = facilityAt(index, text, t.start[a.c.startTok], a.e, listed);
    if (f >= 0) {
      a.e = f;
      a.match = 'context';
    }
    if (index.entities[a.e].type === 'facility') prevFacility = k;
  }
  // "the Bushehr reactor … years of foot-dragging on Bushehr": when the article names a facility by its full name and
  // never uses the place it is named after as a place ("in Bushehr"), the bare place name is the facility.
  const fullFacilities = new Set<number>();
  for (const a of accepted) if (a.c.endTok - a.c.startTok > 1 && index.entities[a.e].type === 'facility') fullFacilities.add(a.e);
  if (fullFacilities.size) {
    const asPlace = new Set<number>();
    for (const a of accepted) {
      if (a.c.endTok - a.c.startTok !== 1 || !PLACE_TYPES.has(index.entities[a.e].type)) continue;
      if (PLACE_WORDS_BEFORE.has(wordsBefore(text, t.start[a.c.startTok], 1)[0] ?? '') || isDateline(text, t, a.c)) asPlace.add(a.e);
    }
    for (const a of accepted) {
      if (a.c.endTok - a.c.startTok !== 1 || asPlace.has(a.e) || !PLACE_TYPES.has(index.entities[a.e].type)) continue;
      // Named after the place: a facility of the same country whose name starts with the place's ("Bushehr Nuclear Power Plant").
      const place = index.entities[a.e].name.toLowerCase();
      const named = [...fullFacilities].filter((f) => index.entities[f].country === index.entities[a.e].country && index.entities[f].name.toLowerCase().startsWith(`${place} `));
      if (named.length === 1) {
        a.e = named[0];
        a.match = 'context';
      }
    }
  }
}

function detectTokens(index: LoadedIndex, text: string, meta: ArticleMeta, t: Tokens, lower: boolean): DetectResult {
  t.intern = index.intern;
  t.digitHeads = digitHeadsOf(index);
  let found: Candidate[] = [];
  const blocked: Candidate[] = [];
  // All-caps words that are no acronym we know: an organisation's initials once the article has named it in full.
  const bareCaps = scanCandidates(index, text, t, lower, found, blocked);

  // "In a filing with the Securities and Exchange Commission … In his SEC filing": an all-caps word that spells the
  // initials of an organisation the article has named in full before it is that organisation.
  if (bareCaps) addSpelledInitials(index, text, t, found, bareCaps);
  // "opec"s pricing committee" (a wire typo): an organisation's acronym written in lower case, in an article that
  // writes it in capitals, is that acronym — unless the word is an ordinary word ("who"). Not a country's name: its
  // lower case may be a word the lexicon does not list ("fine china").
  if (!lower) addLowerCaseTypos(index, text, t, found);

  // The topic words, the lower-case short forms and the namesake cue's word in one read of the text (ADR 0063): every
  // position where a word of a list matches; each list's own regex is asked there, sticky.
  const lists = wordListsOf(index);
  const listStarts = lists ? wordListStarts(lists.any, text) : undefined;

  // Lower-case short forms ("the national dialogue"): candidates that only the article's context can confirm.
  if (index.lowerShortRe) {
    const spans = shortFormSpans(index, text, listStarts);
    // found is in text order: a binary search tells whether a span is already taken.
    const n0 = found.length;
    const overlaps = (s0: number, e0: number) => takenIn(found, n0, t, s0, e0);
    const added: Candidate[] = [];
    for (let x = 0; x < spans.length; x += 2) {
      const s0 = spans[x];
      const e0 = spans[x + 1];
      if (overlaps(s0, e0)) continue;
      const cands = index.lowerShorts.get(nameKeyOfMatch(text.slice(s0, e0)));
      if (!cands) continue;
      const first = t.n;
      appendToken(t, s0);
      let last = first;
      while (t.end[last] < e0 && ensure(t, last + 1)) last++;
      if (t.end[last] !== e0) continue;
      added.push({ startTok: first, endTok: last + 1, cands, match: 'context', weak: 2 });
    }
    if (added.length) {
      // A loop, not push(...added): spreading hundreds of thousands of arguments overflows the stack on hostile text.
      for (const c of added) found.push(c);
      found.sort((a, b) => t.start[a.startTok] - t.start[b.startTok]);
    }
  }

  // Gated towns (ADR 0028): "Lincoln, Neb." is the town, and so is a later bare "Lincoln" in the same article; anywhere
  // else the name is someone's or something else's, so the town is no candidate. Set aside here, taken back in pass 4
  // once the article has linked the town. Where its state follows, the town is the only reading. Set aside before the
  // name rules below, so that a town's name reads as the word it is in running text: "Clinton" the surname that
  // "Hillary Rodham Clinton" completes, "Mitchell" and "Davidson" no name we know, so "Jordan Mitchell" and
  // "D.A. Davidson" are someone else's names.
  const deferred = new Map<Candidate, { held: number[]; match: Candidate['match']; weak: number }>();
  for (const c of found) {
    let cued: number[] | undefined;
    let held: number[] | undefined;
    for (const p of c.cands) {
      const ent = index.entities[unpackEntity(p)];
      if (ent.minor !== 2) continue;
      if (stateFollows(index, text, t.end[c.endTok - 1], ent.near) || campusTown(index, text, t.start[c.startTok], ent.near)) (cued ??= []).push(p);
      else (held ??= []).push(p);
    }
    if (cued) c.cands = cued;
    else if (held) {
      deferred.set(c, { held, match: c.match, weak: c.weak });
      c.cands = c.cands.filter((p) => !held!.includes(p));
      // The name as the others' form: "Clinton" is a surname again once Clinton, Iowa is set aside.
      if (c.cands.length && (c.match === 'exact' || c.match === 'alias')) {
        c.match = kindToMatch(c.cands);
        c.weak = Math.max(c.weak, weakness(c.cands, c.endTok - c.startTok));
      }
    }
  }
  // Tokens inside a full name or alias we know (short forms do not count: "Pellegrini" in "Jordan Pellegrini"; nor
  // a gated town set aside).
  t.covered = tokenFlagsArray(t, t.n, 0);
  for (const c of found) if (c.weak === 0 && c.cands.length) for (let k = c.startTok; k < c.endTok; k++) t.covered[k] = 1;

  // The one-sense, namesake, middle-name, institution, cue and defined-acronym filters.
  found = senseFilters(index, text, meta, t, lower, found, blocked, listStarts);

  // Taken back: the town linked before in the article, or "in Newark" where the article names its state in full —
  // never the first word of a longer name ("the Linden Police Department").
  const takeBack = (c: Candidate, linked: Set<number>) => {
    const d = deferred.get(c);
    if (!d) return;
    const held = d.held;
    const e0 = t.end[c.endTok - 1];
    if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(e0, e0 + 3))) return;
    for (const p of held) {
      const e = unpackEntity(p);
      const stateNamed = () => locativeBefore(text, t.start[c.startTok]) && index.entities[e].near.some((id) => isUsStateId(id) && profile.entityIds.has(id));
      if ((linked.has(e) || stateNamed()) && !c.cands.includes(p)) {
        c.cands = [...c.cands, p];
        c.match = d.match;
        c.weak = d.weak;
      }
    }
  };

  // Pass 3: topic profile from metadata and confident, unambiguous candidates.
  const pass3 = topicPass(index, text, meta, t, lower, found, blocked, listStarts);
  found = pass3.found;
  const profile = pass3.profile;
  const namedProperly = pass3.namedProperly;
  const day = meta.date && /^\d{4}/.test(meta.date) ? dayNumber(meta.date, false) : undefined;
  // The office holder a candidate's office word names, worked out once per candidate (three passes ask).
  const heldMemo = new Map<Candidate, Held | null>();
  const heldOf = (c: Candidate): Held | null => {
    let h = heldMemo.get(c);
    if (h === undefined) heldMemo.set(c, (h = officeHolderFor(index, text, t, c, day)));
    return h;
  };

  // The office cues per candidate: the surnames given their office, and those seen after someone else's given name.
  const { cued, heldCued, othersSurname } = officeCues(index, text, t, found, heldOf);
  // "Macron warns EU leaders", "Erdogan vows to press on": a head of state or government is named by surname alone,
  // which a headline and standfirst too short for topic support do all the time (not in a sports or food piece).
  if (!profile.domain) leaderSurnames(index, text, t, found, day, cued);

  // Pass 4: resolve each candidate.
  const accepted: Accepted[] = [];
  const acceptedEntities = new Set<number>(namedProperly);
  resolvePass(index, text, t, lower, found, profile, accepted, acceptedEntities, cued, othersSurname, heldOf, heldCued, takeBack);

  // Pass 5: fuzzy fallback for capitalised tokens that nothing covered.
  fuzzyPass(index, text, t, lower, found, blocked, profile, accepted, acceptedEntities);

  // The AP states, city or state, the bare surnames, the facilities.
  endPasses(index, text, t, lower, accepted, heldOf);

  const mentions: Mention[] = accepted.filter((a) => a.conf >= MIN_CONFIDENCE).map((a) => ({
    // "provided to The Guardian": a publication's leading article is not highlighted, as "The New York Times" is not
    // (its name without "The" is an alias) — one span for every title.
    start: t.start[a.c.startTok] + (a.c.endTok - a.c.startTok > 1 && index.entities[a.e].type === 'media' && text.startsWith('The ', t.start[a.c.startTok]) ? 4 : 0),
    end: t.end[a.c.endTok - 1],
    entityId: index.entities[a.e].id,
    match: a.match,
    confidence: a.conf,
  }));
  return { topics: profile.top, mentions };
}

interface Resolved {
  e: number;
  conf: number;
  match: MatchKind;
}

function resolve(
  index: LoadedIndex,
  text: string,
  t: Tokens,
  c: Candidate,
  profile: TopicProfile,
  established: Set<number>,
  lower: boolean,
  cued: Set<number> = new Set(),
  othersSurname: Set<string> = new Set(),
  heldOf: (c: Candidate) => Held | null = () => null,
  heldCued: Set<number> = new Set(),
): Resolved | null {
  const single = c.endTok - c.startTok === 1;
  const key = keyOf(text, t, c.startTok);
  if (c.cands.length === 0) return null;
  // "Parliament" in an article about Australia is Australia's parliament, whatever other country's the name also is.
  if (profile.homeCountry && !lower) {
    const home = homeInstitution(index, text.slice(t.start[c.startTok], t.end[c.endTok - 1]), profile.homeCountry);
    if (home >= 0) return { e: home, conf: 0.8, match: 'context' };
  }
  const needsContext = needsContextFor(index, text, t, c, lower);
  const plainWord = single && wordClass(index, text, t, c.startTok) !== 0;
  // Score every candidate entity.
  let bestE = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (const p of c.cands) {
    const e = unpackEntity(p);
    const kind = unpackKind(p);
    const ent = index.entities[e];
    let score = 0;
    score -= kind === AliasKind.Short ? 1 : kind === AliasKind.Derived || kind === AliasKind.Glued ? 0.5 : kind === AliasKind.Acronym ? 0.5 : 0;
    const topical = profile.score(ent.topics);
    // A direct tie to something the article names outweighs a topic overlap.
    // Named in full in the article beats merely tied to it: after "Kim Jong Un", a bare "Kim" is he, not another Kim
    // from the same country; after "the New York Times", "the Times" is it, not another paper tied to the topics.
    const coherent = established.has(e) ? (ent.type === 'person' || ent.type === 'media' ? 3 : 2) : 2 * coherence(ent, profile);
    score += topical + coherent;
    score += TYPE_PRIOR[ent.type] ?? 0;
    // "ABC", "Parliament": of two institutions with one name, the one of the country the article is about.
    if (profile.homeCountry && ent.country === profile.homeCountry && ent.type !== 'country') score += 0.5;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      bestE = e;
    } else if (score > second) second = score;
  }
  if (bestE < 0) return null;
  // "Luxembourg", "In Jordan, the Senate voted…": a country's own name shared by its own city or, after "in", by a
  // person's short form is the country (countryOwnName).
  if (!lower) {
    const own = countryOwnName(index, text, t, c);
    if (own >= 0) {
      bestE = own;
      second = -Infinity;
    }
  }
  // "President Bill Clinton … Mr. Clinton": of the people a surname may name, the one the article names in full is it,
  // however close another comes on topics (Hillary Clinton in a story about American policy).
  if (single && c.cands.length > 1) {
    let named = -1;
    let count = 0;
    for (const p of c.cands) {
      const e = unpackEntity(p);
      if (established.has(e) && index.entities[e].type === 'person' && e !== named) {
        named = e;
        count++;
      }
    }
    if (count === 1 && c.cands.every((p) => index.entities[unpackEntity(p)].type === 'person')) {
      bestE = named;
      second = -Infinity;
    } else if (count === 0 && c.cands.every((p) => index.entities[unpackEntity(p)].type === 'person')) {
      // "former President Bush … the Bush recession": a surname whose office, given once in the article, settled
      // which of its namesakes it is (and none named in full) stays that person wherever it stands alone.
      let only = -1;
      let n = 0;
      for (const p of c.cands) {
        const e = unpackEntity(p);
        if (heldCued.has(e) && e !== only) {
          only = e;
          n++;
        }
      }
      if (n === 1) {
        bestE = only;
        second = -Infinity;
      }
    }
  }
  // "President Clinton", "former President Bush": of the people a surname may name, the one who held the office the
  // word before it names, on the article's date (after "former": the one who left it last) — whoever the topics or
  // a full name elsewhere favour ("Hillary Clinton … under President Clinton").
  const held = single ? heldOf(c) : null;
  if (held && c.cands.length > 1) {
    bestE = held.e;
    second = -Infinity;
  }
  // "New York, the nation's third-largest state", "New York Gov. Andrew Cuomo": the words around the name settle a
  // city-or-state tie for the state (the same cues the pass after resolution reads for a name already taken as the city).
  if (c.cands.length > 1 && bestScore - second < 0.5) {
    let state = -1;
    let city = -1;
    for (const p of c.cands) {
      const e = unpackEntity(p);
      if (isUsState(index, e)) state = e;
      else if (index.entities[e].type === 'city') city = e;
    }
    if (state >= 0 && (stateCue(text, t.start[c.startTok], t.end[c.endTok - 1]) || (city >= 0 && stateOverCity(index, city, state, established)))) {
      bestE = state;
      second = -Infinity;
    }
  }
  const ent = index.entities[bestE];

  const support = profile.score(ent.topics) + (established.has(bestE) ? 2 : 0) + coherence(ent, profile);
  // Ambiguous between entities and nothing in the article decides: better to miss than to show a wrong card.
  if (c.cands.length > 1 && bestScore - second < 0.5) return null;
  // "…," Georgia said: a given name that speaks is a person, unless it is a country (whose government may speak).
  if (single && index.firstNames.has(key) && ent.type !== 'country' && !(ent.type === 'person' && established.has(bestE)) && SPEAKS_RE.test(text.slice(t.end[c.startTok], t.end[c.startTok] + 12))) return null;
  if (needsContext) {
    const kind = minKind(c.cands);
    const established_ = established.has(bestE);
    // A short form or a variant that is also an ordinary word or a given name ("Store", "Chad") stands only for an
    // entity the article names in full.
    // An organisation's short form written with its capital inside a sentence ("Wednesday's Fed statement", "the
    // Fed said") in an article on one of its topics is the name, not the word ("fed").
    // At a sentence start the capital says nothing, unless the body's office follows: "House Minority Leader John
    // Boehner said…", "House Speaker Paul Ryan".
    const capitalisedName = single && ent.type === 'organization' && kind === AliasKind.Short && t.flags[c.startTok] & F_CAP && (!(t.flags[c.startTok] & F_SENT_START) || officeFollows(text, t, c.startTok)) && support >= 0.5;
    // "President Bush", "Speaker Johnson": a national office word before the surname of the one who held that office.
    const nationalOffice = held !== null && held.e === bestE && (held.bit & NATIONAL_OFFICES) !== 0;
    // "former President Bush … the Bush recession": a surname whose office, given in the article, picked out which
    // namesake it is, capitalised again inside a sentence, is that person, not the word ("bush").
    const cuedName = single && ent.type === 'person' && heldCued.has(bestE) && t.flags[c.startTok] & F_CAP && !(t.flags[c.startTok] & F_SENT_START);
    if (plainWord && (c.weak > 0 || kind >= AliasKind.Short) && !established_ && !capitalisedName && !nationalOffice && !cuedName) return null;
    // A surname alone: the full name elsewhere in the article, or an article clearly about that person's world.
    // The office named beside it ("President-elect Trump", "Mr. Trump's administration") is evidence too.
    const officeBacked = kind === AliasKind.Short && ent.type === 'person' && (cued.has(bestE) || officeCue(text, t.start[c.startTok], t.end[c.endTok - 1]));
    if (kind === AliasKind.Short && ent.type === 'person' && !established_ && !officeBacked && support < 1.5) return null;
    // A single-word transliteration variant: the entity named elsewhere, or strongly on the article's main topics.
    // (Single words that only sound alike — Volyn/Berlin, Cedeao/Qaeda — are too many to trust on topic alone.)
    if (c.match === 'variant' && single && (!established_ || tokenSkeleton(key).length < 5)) return null;
    // "the 2016 Olympics in Rio": a place's own short form, no ordinary word or given name, after a preposition of
    // place is that place, whatever the article is about.
    const placeHere = single && c.cands.length === 1 && kind === AliasKind.Short && PLACE_TYPES.has(ent.type) && !plainWord && !index.firstNames.has(key) && locativeBefore(text, t.start[c.startTok]);
    // A gated town is a candidate only where its state follows it or the article linked it so (ADR 0028).
    // "Redstone, who controls Dedham, Mass.,-based National Amusements": a town followed by its own state is that town,
    // as a gated town is (stateFollows, ADR 0028).
    const stateAfter = ent.type === 'city' && stateFollows(index, text, t.end[c.endTok - 1], ent.near);
    if (!officeBacked && !capitalisedName && !placeHere && !stateAfter && ent.minor !== 2 && support < (c.weak === 2 ? 0.5 : 1)) return null;
  }
  // Evidence before a card. Each rule below rejects a reading that real articles showed to be wrong more often than
  // right, unless the article itself supports it.
  const s0 = t.start[c.startTok];
  const e0 = t.end[c.endTok - 1];
  // "Puyallup Tribe", "Linden Police Department": a small place's name (ADR 0010, 0028) before another capitalised word
  // is the start of a longer name.
  if (ent.minor && /^[ \u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(e0, e0 + 4))) return null;
  // "the Whole Foods store on Westlake", "a bar on Broadway": a small US town's name right after "on" is a street's (a
  // town is "in"; American usage names a street bare); a move "on" a town ("the assault on") still names the town.
  // (Elsewhere "on" is as often "about": "years of foot-dragging on Bushehr".)
  if (ent.minor && single && ent.country === 'united-states' && ON_STREET_RE.test(text.slice(Math.max(0, s0 - 40), s0))) return null;
  // "analyst at Prescott, Ball and Turben Inc", "Analyst Rosemarie Morbelli of Ingalls and Snyder said": the capitalised
  // words after an analyst's "at"/"of"/"with" name the firm they work for; a small town's name among them is a
  // partner's surname in the firm's name.
  if (ent.minor && s0 > 12 && ANALYST_FIRM_RE.test(text.slice(Math.max(0, s0 - 80), s0))) return null;
  // "the Pacific campaign", "Pacific Islanders", "the Pacific Community": a place's short form shaped like an adjective
  // (-ic: Pacific, Atlantic, Arctic, Baltic) before a word other than a function word modifies it or starts another
  // name — the region's adjective, not the ocean or sea ("in the Pacific," "the Pacific and Indian oceans").
  if (single && key.endsWith('ic') && PLACE_TYPES.has(ent.type) && kindOf(c, bestE) === AliasKind.Short && ADJECTIVE_USE_RE.test(text.slice(e0, e0 + 24))) return null;
  // "@Uber_Sydney": a handle or identifier names no entity.
  if (inHandle(text, s0, e0)) return null;
  // "Corning Glass Works said… Corning said", "Hazleton Laboratories Corp… Hazleton shareholders will vote": a place's
  // name that the article uses as the first word of a company's is that company where a company's words follow it
  // (said, shares, holders, board) — a dateline's town aside.
  // A country's or a state's name stays the place before "said" ("Texas Instruments Inc … Texas said it would sue": its
  // government speaks), not before the company's own words ("West Virginia Power … West Virginia's management").
  if (PLACE_TYPES.has(ent.type) && COMPANY_WORDS_AFTER_RE.test(text.slice(e0, e0 + 16)) && (ent.type === 'city' || !SAYS_AFTER_RE.test(text.slice(e0, e0 + 8))) && !isDateline(text, t, c) && companyHeads(text).has(single ? key : nameKeyOfMatch(text.slice(s0, e0)))) return null;
  // "Cieply, Michael;", "Harris, Bruce (2009)", "Linz, B.;": an author's surname in a list of references.
  if (citedAuthor(index, text, e0)) return null;
  // "Frank", "Bill": a given name is no transliteration of a place ("France", "Bild").
  if (single && c.match === 'variant' && index.firstNames.has(key)) return null;
  // "New Yorkers" are no spelling of "The New Yorker": a name with a demonym or plural ending is not the name.
  if (c.match === 'variant' && inflectionOf(text.slice(s0, e0).toLowerCase(), ent.name.toLowerCase().replace(/^the /, ''))) return null;
  const bestKind = kindOf(c, bestE);
  const established_ = established.has(bestE);
  // "at The London": a venue named after a city.
  if (single && ent.type === 'city' && capitalTheBefore(text, s0)) return null;
  // "Vice-Premier Liu He": after a person's title comes a person, never a place or an organisation by a weak form.
  if (ent.type !== 'person' && (c.weak > 0 || c.match === 'variant') && afterPersonTitle(text, s0)) return null;
  // "Māori were" is no spelling of "Mauro Vieira": a transliterated name does not run on into a lower-case word
  // (Arabic and other particles — al, bin, de — aside).
  if (c.match === 'variant' && !lower && !single && /(?:^|[\s-])(?!(?:al|el|ad|as|ash|at|an|ar|az|bin|ibn|bint|abu|de|da|di|du|del|della|der|den|van|von|la|le|y)[\s-])\p{Ll}/u.test(text.slice(s0, e0))) return null;
  // "SIAM, Classics in Applied Mathematics": an alias in capitals in mixed-case text is an acronym of something else;
  // the entity's own name in capitals ("SYRIA") and datelines still stand, and so do dotted abbreviations ("L.A.",
  // "D.C."), which are written in capitals by nature.
  if (single && !lower && (t.flags[c.startTok] & (F_ALLCAPS | F_DOTTED)) === F_ALLCAPS && c.match === 'alias' && !isDateline(text, t, c) && s0 > 0 && text.charCodeAt(s0 - 1) !== 0x0a && t.end[c.startTok] - s0 > 2) return null;
  // "«La phrase fait mouche" (French): a two-letter alias written with one capital is a word, not the abbreviation "LA";
  // abbreviations of two letters are written in capitals ("LA", "DC") or with a full stop ("Pa.", "Va.").
  if (single && !lower && c.match === 'alias' && t.end[c.startTok] - s0 === 2 && (t.flags[c.startTok] & (F_ALLCAPS | F_CAP | F_DOTTED)) === F_CAP && text.charCodeAt(t.end[c.startTok]) !== 0x2e) return null;
  // "Ansar al-Sharia": a transliterated form right after an unknown capitalised word is part of that other name.
  // (A word that ends another name we know — "the Syrian Arab Republic Ahmad al-Sharraa" — is no given name.)
  const nameBefore = c.startTok > 0 && !!t.covered?.[c.startTok - 1];
  if (c.match === 'variant' && !established_ && !nameBefore && otherGivenNameBefore(index, text, s0, ent.name)) return null;
  const homeOf = countryOf(index, ent);
  const ownCountry = homeOf ? (profile.countries.get(homeOf) ?? 0) : 0;
  const leadCountry = profile.leadCountry;
  // A garbled or transliterated form, or a lower-case short form ("the national dialogue" is Syria's only in an
  // article that names Syria, not in one about Lebanon's): the entity named in full, or its country in the article.
  // The variant's own mentions count toward its country in the profile: they are no support for themselves ("Holly
  // Hunter and Ray Romano" is no spelling of La Romana, whose country only that reading brought into the article).
  const otherCountry = ownCountry - (ent.country === homeOf ? profile.selfCount(bestE) : 0);
  // "A Conceptual Framework for Liberation" is no spelling of the newspaper Libération, nor a "Reunion" of Réunion: a
  // name written without its accent that is then an ordinary English word is the word, unless the article names the
  // entity otherwise, puts the name after a preposition of place, or is about the entity's country.
  if (single && c.match === 'exact' && NON_ASCII_RE.test(ent.name) && !NON_ASCII_RE.test(text.slice(s0, e0)) && index.commonWords.has(key) && !text.includes(ent.name) && otherCountry <= 0 && !locativeBefore(text, s0)) return null;
  if ((c.match === 'variant' || c.weak === 2) && (c.match !== 'context' || /^\p{Ll}/u.test(text.slice(s0, e0))) && !established_ && ent.type !== 'country' && homeOf && otherCountry <= 0) return null;
  // "Lebanon's track record of fruitful national dialogue sessions has been pitiful … the war in Syria": a lower-case
  // short form is a description any country's politics can use; it is the entity's only where the article is about
  // the entity's country, not where that country is named on the side, as a common noun of an institution is read
  // ("Parliament" below).
  if (c.weak === 2 && c.match === 'context' && !established_ && homeOf && otherCountry < leadCountry && !/\p{Lu}/u.test(text.slice(s0, e0)) && index.lowerShorts.has(nameKeyOfMatch(text.slice(s0, e0)))) return null;
  // "Lady Gaga Shares Photo of Ex": a multi-word look-alike of a country's name in another language ("Kuka salas", the
  // Cook Islands in Latvian) that holds an ordinary English word ("Shares") is no mention of the country unless the
  // article names it otherwise. ("Nova Zeelandia", an old name on a map, holds none and stands alone.)
  if (c.match === 'variant' && !single && ent.type === 'country' && !established_ && (profile.countries.get(ent.id) ?? 0) - profile.selfCount(bestE) <= 0) {
    let ordinary = false;
    for (let k = c.startTok; k < c.endTok && !ordinary; k++) ordinary = index.commonWords.has(keyOf(text, t, k));
    if (ordinary) return null;
  }
  // "Rian Johnson" is no spelling of "Ron Johnson": a name written in a Latin-script language is spelled one way, so a
  // look-alike of such a person's full name is someone else unless the article names the person properly too.
  if (c.match === 'variant' && ent.type === 'person' && !established_ && !single && latinScriptCountry(countryOf(index, ent))) return null;
  // "Parliament", "Democratic Party", "Republicans": an institution's short name is the one of the country the
  // article is about, not of whichever country the dataset happens to hold. In a sports piece it is a team ("Army beat
  // Navy"): the service academies, the universities named after states.
  if (bestKind === AliasKind.Short && (ent.type === 'organization' || ent.type === 'media') && ent.country && !established_ && (ownCountry < leadCountry || profile.domain === 'sport')) return null;
  if ((bestKind === AliasKind.Short || bestKind === AliasKind.Derived) && ent.type === 'person' && !established_ &&
      (otherGivenNameBefore(index, text, s0, ent.name) || (othersSurname.size > 0 && othersSurname.has(bareKey(text.slice(s0, e0)))))) return null;
  if (bestKind === AliasKind.Short && ent.type === 'person' && !established_) {
    // A surname alone: the full name earlier, the office named beside it, or an article squarely in that person's
    // world — and never in a sports or food piece, where surnames are players and chefs.
    const cue = cued.has(bestE) || officeCue(text, s0, e0);
    if (!cue && (profile.domain || support < 2.5)) return null;
    // "The official languages are English, Māori…": a surname that is also a nationality or language word stands for
    // the person (Bill English) only when the article names him in full or gives his office.
    if (!cue && single && DEMONYMS[key] !== undefined) return null;
  }
  // Sports and food pieces: a bare place name is a team or an ingredient unless a preposition of place or a dateline
  // makes it the place ("Chicago beat Utah" but "the game in Chicago").
  // A country's possessive ("India's world champion") is the country.
  const possessive = ent.type === 'country' && t.flags[c.endTok - 1] & F_POSSESSIVE;
  if (profile.domain && single && PLACE_TYPES.has(ent.type) && !possessive && !isDateline(text, t, c) && !locativeBefore(text, s0) && !CIVIC_AFTER_RE.test(text.slice(e0, e0 + 40))) return null;
  // "signed Grant Gillespie from Hamilton", "joins on loan from Lyon": in a sports piece a club a player moves from is
  // named bare after "from", which otherwise makes a place.
  if (profile.domain === 'sport' && single && PLACE_TYPES.has(ent.type) && !possessive && TRANSFER_FROM_RE.test(text.slice(Math.max(0, s0 - 80), s0))) return null;
  // "Le Havre beat Lyon 2-1": a place that wins, loses or draws by a scoreline is a team, in any article (a short
  // match report has too few sports words for the domain) and whatever its length.
  if (PLACE_TYPES.has(ent.type) && !possessive && scorelineTeam(text, s0, e0)) return null;
  const baseConf = c.match === 'exact' ? 0.95 : c.match === 'alias' ? 0.92 : c.match === 'acronym' ? 0.85 : c.match === 'variant' ? 0.75 : 0.8;
  const conf = Math.max(0.3, Math.min(0.99, baseConf - (needsContext ? 0.1 : 0) + Math.min(0.05, support * 0.01)));
  return { e: bestE, conf: Math.round(conf * 100) / 100, match: c.match };
}

const DEFINED_ACRONYM_RE = /((?:\p{Lu}[\p{L}'’.&-]*\s+(?:(?:of|for|and|the|on|in|de|des|du|la|le|et)\s+)*){1,8})\(([A-Z][A-Za-z]{1,7})\)/gu;
/** Acronyms the text defines after a capitalised name whose initials spell them: "Marine Stewardship Council (MSC)". */
export function definedAcronyms(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  // Found from each "(ABC)" backwards, not by trying DEFINED_ACRONYM_RE at every capital of the text (that alone ran at
  // ~13 MB/s). The spelled-out words cannot cross a "(", so the match ending at an acronym starts after the previous
  // "(" and after the previous match; it is looked for in the 400 characters before the acronym, and in the whole
  // stretch when it starts near that window's edge (so a longer spelling is found whole, as before).
  let lastEnd = 0;
  ACRONYM_ANCHOR_RE.lastIndex = 0;
  for (let a = ACRONYM_ANCHOR_RE.exec(text); a; a = ACRONYM_ANCHOR_RE.exec(text)) {
    const q = a.index;
    const qEnd = q + a[0].length;
    const lo = Math.max(lastEnd, text.lastIndexOf('(', q - 1) + 1);
    let w = Math.max(lo, q - ACRONYM_WINDOW);
    let m = DEFINED_ACRONYM_ONE_RE.exec(text.slice(w, qEnd));
    if (m && w > lo && m.index < ACRONYM_MARGIN) {
      w = lo;
      m = DEFINED_ACRONYM_ONE_RE.exec(text.slice(w, qEnd));
    }
    if (!m) continue;
    lastEnd = qEnd;
    const words = m[1].trim().split(/\s+/).filter((x) => /^\p{Lu}/u.test(x));
    const letters = m[2].replace(/[^A-Z]/g, '');
    if (letters.length >= 2 && words.map((x) => x[0]).join('').endsWith(letters)) out.set(m[2], words.slice(-letters.length));
  }
  return out;
}
const ACRONYM_ANCHOR_RE = /\(([A-Z][A-Za-z]{1,7})\)/g;
const DEFINED_ACRONYM_ONE_RE = new RegExp(DEFINED_ACRONYM_RE.source, 'u');
const ACRONYM_WINDOW = 400;
const ACRONYM_MARGIN = 100;

/** The spelled-out words are a spelling of the entity's name: most words start alike ("Islamic Revolution Guards Corps"). */
function spellsName(words: string[], name: string): boolean {
  const stems = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.slice(0, 4).toLowerCase());
  let same = 0;
  for (const w of words) if (stems.includes(w.slice(0, 4).toLowerCase())) same++;
  return same * 2 >= words.length;
}

const CITED_AUTHOR_RE = /^, (?:(?!D\.C\.|U\.S\.|U\.K\.)\p{Lu}\.(?: ?\p{Lu}\.)*|(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+| \p{Lu}\.)*)(?:;| \((?:\d|ed\.))/u;
/** "Cooper, R.;", "Harris, Bruce (2009)": the name is followed by an author's initials or given name, as in references. */
/** A legal form after a place and at most two more capitalised words: "Sweden AB", "Canada Holding Ltd", "(Pacific) Ltd". */
const LEGAL_FORM_AFTER_RE = new RegExp(String.raw`^\)?(?:[ \u00a0]+\p{Lu}[\p{L}&.-]*){0,2}[ \u00a0]+${LEGAL_FORMS}\b`, 'u');
/** Whether one of the first `n` candidates of `found` (in text order) overlaps the span s0–e0: a binary search. */
function takenIn(found: Candidate[], n: number, t: Tokens, s0: number, e0: number): boolean {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = found[mid];
    if (t.end[c.endTok - 1] <= s0) lo = mid + 1;
    else if (t.start[c.startTok] >= e0) hi = mid - 1;
    else return true;
  }
  return false;
}

/** A letter or a number (`[\p{L}\p{N}]` with flag `u`), by code point. */
const LETTER_OR_NUMBER_RE = /[\p{L}\p{N}]/u;
function isLetterOrNumber(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  return LETTER_OR_NUMBER_RE.test(String.fromCodePoint(cp));
}

/**
 * Where the words (lower-case ASCII letters, distinct) stand alone in the text: no letter or number (by code point)
 * just before or just after. Flat pairs (position, index in `words`), in text order. The same matches, in the same
 * order, as the global regex `(?<![\p{L}\p{N}])(?:w1|w2|…)(?![\p{L}\p{N}])` (flag `u`): a word that stands alone is
 * the whole run of letters and numbers at its position, so at most one word matches there and matches never overlap.
 */
export function wholeWordHits(text: string, words: readonly string[]): number[] {
  const hits: number[] = [];
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
      if (p > 0) {
        let c = text.charCodeAt(p - 1);
        if (c >= 0xdc00 && c <= 0xdfff && p > 1) {
          const hi = text.charCodeAt(p - 2);
          if (hi >= 0xd800 && hi <= 0xdbff) c = ((hi - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
        }
        if (isLetterOrNumber(c)) continue;
      }
      const e = p + word.length;
      if (e < text.length && isLetterOrNumber(text.codePointAt(e)!)) continue;
      hits.push(p, w);
    }
  }
  if (words.length > 1) {
    // Pairs sorted by position (positions are distinct): sort the pair indexes, then copy.
    const order = Array.from({ length: hits.length >> 1 }, (_, k) => k).sort((a, b) => hits[2 * a] - hits[2 * b]);
    const out = new Array<number>(hits.length);
    for (let k = 0; k < order.length; k++) {
      out[2 * k] = hits[2 * order[k]];
      out[2 * k + 1] = hits[2 * order[k] + 1];
    }
    return out;
  }
  return hits;
}

/** Adds the lower-case forms of the one-word organisation acronyms that `found` holds in capitals (see the caller). */
const STATE_OF_RE = /\b(?:state|emirate|kingdom|republic|sultanate|principality|nation|country) of $/;
function addLowerCaseTypos(index: LoadedIndex, text: string, t: Tokens, found: Candidate[]): void {
  const named = new Map<string, Candidate>();
  // "the Gulf state of qatar" in a story that writes "Qatar": a country's name the article writes with its capital,
  // in lower case right after "state of", "emirate of", "kingdom of"… (never "fine china": only that cue admits it).
  const countries = new Set<string>();
  for (const c of found) {
    if (c.endTok - c.startTok !== 1 || c.weak > 0 || !c.cands.length) continue;
    const f = t.flags[c.startTok];
    if ((f & (F_ALLCAPS | F_CAP | F_DOTTED)) === F_CAP && c.cands.length === 1 && index.entities[unpackEntity(c.cands[0])].type === 'country') {
      const k = text.slice(t.start[c.startTok], t.end[c.startTok]).toLowerCase();
      if (k.length >= 4 && /^[a-z]+$/.test(k) && !named.has(k)) {
        named.set(k, c);
        countries.add(k);
      }
      continue;
    }
    if ((f & (F_ALLCAPS | F_DOTTED)) !== F_ALLCAPS) continue;
    if (!c.cands.every((p) => index.entities[unpackEntity(p)].type === 'organization')) continue;
    const raw = text.slice(t.start[c.startTok], t.end[c.startTok]);
    const k = raw.toLowerCase();
    if (k.length < 4 || !/^[a-z]+$/.test(k) || named.has(k) || index.commonWords.has(k) || index.firstNames.has(k)) continue;
    named.set(k, c);
  }
  if (!named.size) return;
  // found is in text order up to n0: a binary search tells whether a span is already taken.
  const n0 = found.length;
  const taken = (s0: number, e0: number) => takenIn(found, n0, t, s0, e0);
  // Where each word stands alone in the text, in text order (what a `(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])` regex
  // over the text finds: wholeWordHits), without compiling a Unicode regex per detection.
  const words = [...named.keys()];
  const hits = wholeWordHits(text, words);
  let added = false;
  for (let h = 0; h < hits.length; h += 2) {
    const s0 = hits[h];
    const word = words[hits[h + 1]];
    const e0 = s0 + word.length;
    if (taken(s0, e0)) continue;
    if (countries.has(word) && !STATE_OF_RE.test(text.slice(Math.max(0, s0 - 16), s0))) continue;
    const first = t.n;
    appendToken(t, s0);
    if (t.end[first] !== e0) continue;
    const c = named.get(word)!;
    found.push({ startTok: first, endTok: first + 1, cands: c.cands, match: c.match, weak: 0 });
    added = true;
  }
  if (added) found.sort((a, b) => t.start[a.startTok] - t.start[b.startTok]);
}

/**
 * Adds, for each all-caps word of `caps` (no acronym we know), the organisation named in full earlier in the text whose
 * capitalised words' initials it spells ("SEC" after "the Securities and Exchange Commission"). `found` stays in text
 * order.
 */
function addSpelledInitials(index: LoadedIndex, text: string, t: Tokens, found: Candidate[], caps: number[]): void {
  const named = new Map<string, { at: number; c: Candidate }>();
  for (const c of found) {
    if (c.endTok - c.startTok < 2 || c.match === 'acronym' || c.weak > 0 || !c.cands.length) continue;
    if (!c.cands.every((p) => index.entities[unpackEntity(p)].type === 'organization')) continue;
    let letters = '';
    for (let k = c.startTok; k < c.endTok; k++) if (t.flags[k] & F_CAP) letters += text[t.start[k]];
    // Three letters at least: two ("IS" after "Islamic State") are as often a word in capitals.
    if (letters.length >= 3 && !named.has(letters)) named.set(letters, { at: t.end[c.endTok - 1], c });
  }
  if (!named.size) return;
  let added = false;
  for (const i of caps) {
    const n = named.get(text.slice(t.start[i], t.end[i]).replace(/\./g, ''));
    // "WHAT ARE THE OPTIONS": a word in a run of capitals is a headline's word, not initials.
    if (!n || n.at > t.start[i] || (i > 0 && t.flags[i - 1] & F_ALLCAPS) || (ensure(t, i + 1) && t.flags[i + 1] & F_ALLCAPS)) continue;
    found.push({ startTok: i, endTok: i + 1, cands: n.c.cands, match: 'acronym', weak: 0 });
    added = true;
  }
  if (added) found.sort((a, b) => t.start[a.startTok] - t.start[b.startTok]);
}

/** An analyst's (economist's, strategist's) firm up to here: "analyst at ", "Analyst Rosemarie Morbelli of Ingalls and ". */
const ANALYST_FIRM_RE = /\b(?:[Aa]nalyst|[Ee]conomist|[Ss]trategist)s?(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,3},?[ \u00a0]+(?:at|of|with)[ \u00a0]+(?:\p{Lu}[\p{L}.'’-]*(?:,?[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+|[ \u00a0]+&[ \u00a0]+|[ \u00a0]+))*$/u;
/** Words after a company's short name: "Corning said", "Hazleton common share", "Hazleton holders", "Corning's board". */
const COMPANY_WORDS_AFTER_RE = /^(?:[’']s)? (?:said|says|common|shares?|shareholders?|stockholders?|holders?|stock|board|directors|management)\b/;
/** "Texas said", "Texas says": a government speaking. */
const SAYS_AFTER_RE = /^ (?:said|says)\b/;
/** A utility named after the place it serves, spelled out: "West Virginia Power from" (the place's words, then "Power"). */
const UTILITY_NAME_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+){0,2})(?=${UTILITY_AFTER})`, 'gu');
/** A company's full name: its first word, one to three more capitalised words, a legal form or company noun. */
const COMPANY_NAME_RE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]+)(?:[ -]\p{Lu}[\p{L}&'’.-]*){1,3} (?:Corp|Corporation|Inc|Co|Cos|Ltd|Plc|PLC|Laboratories|Works|Industries|Bancorp|Holdings)\b/gu;
let headsOf = '';
let heads = new Set<string>();
/** The folded first words of the company names a text spells out (the last text's, kept for its other candidates). */
function companyHeads(text: string): Set<string> {
  if (text === headsOf) return heads;
  heads = new Set();
  for (const m of text.matchAll(COMPANY_NAME_RE)) heads.add(nameKeyOfMatch(m[1]));
  if (text.includes(' Power')) for (const m of text.matchAll(UTILITY_NAME_RE)) heads.add(nameKeyOfMatch(m[1]));
  headsOf = text;
  return heads;
}

function citedAuthor(index: LoadedIndex, text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2c) return false;
  const m = CITED_AUTHOR_RE.exec(text.slice(end, end + 48));
  return !!m && (!m[1] || index.firstNames.has(m[1].toLowerCase()));
}

/** 1 when the article names something this entity is tied to, or something tied to this entity; else 0. */
function coherence(ent: IndexEntity, profile: TopicProfile): number {
  if (profile.nearIds.has(ent.id)) return 1;
  for (const id of ent.near) if (profile.entityIds.has(id)) return 1;
  return 0;
}

/** Words that make the name after them a place where something is: "in Bushehr", "near Tartus". */
const PLACE_WORDS_BEFORE = new Set(['in', 'near', 'outside', 'from', 'around', 'across']);

/** How far back a bare surname looks for the full name it stands for. */
const NAMESAKE_WINDOW = 4000;
/**
 * Where the last "Given Surname" before a bare surname starts, when the given name is a known given name (-1 if none):
 * "James" in "James Roosevelt Jr." before a later "Roosevelt".
 */
function lastFullNameWith(index: LoadedIndex, text: string, s0: number, e0: number): number {
  const surname = text.slice(s0, e0);
  const from = Math.max(0, s0 - NAMESAKE_WINDOW);
  // Searched within the window (a match may start up to s0 - 1, as in the whole text): a search of the whole text
  // before the surname, once per bare surname, made a text naming many people early and again at its end quadratic.
  const win = text.slice(from, Math.min(text.length, s0 - 1 + surname.length));
  for (let j = win.lastIndexOf(surname, s0 - 1 - from); j >= 0 && from + j > 0; j = j > 0 ? win.lastIndexOf(surname, j - 1) : -1) {
    const at = from + j;
    const after = text.charCodeAt(at + surname.length);
    if (after >= 0x61 && after <= 0x7a) continue;
    const m = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
    if (m && index.firstNames.has(m[1].toLowerCase())) return at - m[0].length;
  }
  return -1;
}

/** "on" right before a name, not after a move against a place ("attack on", "the march on", "closing in on"). */
const ON_STREET_RE = /(?<!\b(?:attacks?|assaults?|offensive|advance|advancing|march|marched|marching|strikes?|raids?|push|bombardment|shelling|siege|in|converged?|descended|fire|fired|firing|missiles?|drones?|rockets?|grip|control|hold|focus|focused|pressure|sanctions|bets?|won|win|wins)[ \u00a0])\bon[ \u00a0]+$/;
/** Any letter outside ASCII: an accented name ("Libération", "Liège"). */
const NON_ASCII_RE = /[^\x00-\x7f]/;
/** A player's move before "from" and the club's name, in one clause: "signed Grant Gillespie from", "on loan from". */
const TRANSFER_FROM_RE = /\b(?:sign(?:s|ed|ing)|join(?:s|ed|ing)?|loan(?:ed)?|bought|buys?|recruit(?:s|ed)?|poach(?:es|ed)?|transfer(?:s|red)?|deal)\b[^.;:!?\n]{0,60}[ \u00a0]from[ \u00a0]+$/;
/** A match result's verb: "beat", "drew with", "lost to"… */
const RESULT_VERB = String.raw`(?:beat|beats|defeated|defeats|edged|thrashed|routed|drew[ \u00a0]+with|drew|lost[ \u00a0]+to|lose[ \u00a0]+to|loses[ \u00a0]+to)`;
/** A number word a margin of victory is written with ("by five wickets", "by an innings"). */
const MARGIN_NUMBER = String.raw`(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[ \u00a0]+single)`;
/**
 * A scoreline: "2-1", "24–17", "2 to 1" (not a year range: one to three digits each side), or a margin of victory:
 * "by five wickets", "by 3 runs", "by an innings and 20 runs", "by two goals", "by seven points".
 */
const SCORE = String.raw`(?:\d{1,3}[-–]\d{1,3}(?![\d\p{L}])|\d{1,3}[ \u00a0]+to[ \u00a0]+\d{1,3}(?![\d\p{L}])|by[ \u00a0]+${MARGIN_NUMBER}[ \u00a0]+(?:wickets?|runs?|innings|goals?|points?|strokes?|shots?|lengths?|tries)\b)`;
/** "<team> beat <team> 2-1": after the first team, the verb, the other team (up to four capitalised words), the score. */
const SCORE_AFTER_FIRST_RE = new RegExp(String.raw`^[ \u00a0]+${RESULT_VERB}[ \u00a0]+(?:\p{Lu}[\p{L}.'’-]*[ \u00a0]+){1,4}${SCORE}`, 'u');
const VERB_BEFORE_SECOND_RE = new RegExp(String.raw`${RESULT_VERB}[ \u00a0]+$`, 'u');
const SCORE_AFTER_SECOND_RE = new RegExp(String.raw`^[ \u00a0]+${SCORE}`, 'u');
/** A results table's line: "Le Havre 2 Lyon 1" — a name, its goals, the other name, its goals, then the line's end. */
const ROW_END = String.raw`(?=[ \u00a0]*(?:[,;\n]|$))`;
const ROW_AFTER_FIRST_RE = new RegExp(String.raw`^[ \u00a0]+\d{1,2}[ \u00a0]+(?:\p{Lu}[\p{L}.'’-]*[ \u00a0]+){1,4}\d{1,2}${ROW_END}`, 'u');
const ROW_BEFORE_SECOND_RE = new RegExp(String.raw`(?:^|[\n,;:])[ \u00a0]*(?:\p{Lu}[\p{L}.'’-]*[ \u00a0]+){1,4}\d{1,2}[ \u00a0]+$`, 'u');
const ROW_AFTER_SECOND_RE = new RegExp(String.raw`^[ \u00a0]+\d{1,2}${ROW_END}`, 'u');

/**
 * The name at [s0, e0) is one side of a match result with its score ("Le Havre beat Lyon 2-1"; "…beat Lyon 2 to 1";
 * "…won by five wickets" is not enough — a margin after "beat <team>"), or of a results table's line ("Le Havre 2
 * Lyon 1").
 */
function scorelineTeam(text: string, s0: number, e0: number): boolean {
  const after = text.slice(e0, e0 + 80);
  if (SCORE_AFTER_FIRST_RE.test(after) || ROW_AFTER_FIRST_RE.test(after)) return true;
  if (SCORE_AFTER_SECOND_RE.test(after) && VERB_BEFORE_SECOND_RE.test(text.slice(Math.max(0, s0 - 20), s0))) return true;
  return ROW_AFTER_SECOND_RE.test(after) && ROW_BEFORE_SECOND_RE.test(text.slice(Math.max(0, s0 - 60), s0));
}

/**
 * "Philadelphia's police commissioner", "a top Philadelphia civil rights attorney", "Houston's mayor": a place whose
 * police, mayor, council, courts' people or residents follow is the place even in a sports piece — a team has none.
 */
const CIVIC_AFTER_RE = /^(?:['’]s)?[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:police|mayor|city[ \u00a0]+council|city[ \u00a0]+hall|council|councillors?|residents|attorneys?|lawyers?|judges?|neighbou?rhoods?|public[ \u00a0]+schools)\b/;

/** "DoD", "MoD", "DfE": 3 to 5 ASCII letters, the first and the last capitals, a small letter between. */
function innerCapitalShape(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < 3 || n > 5) return false;
  const up = (k: number) => { const ch = text.charCodeAt(k); return ch >= 0x41 && ch <= 0x5a; };
  const low = (k: number) => { const ch = text.charCodeAt(k); return ch >= 0x61 && ch <= 0x7a; };
  if (!up(s) || !up(e - 1)) return false;
  let small = false;
  for (let k = s + 1; k < e - 1; k++) { if (low(k)) small = true; else if (!up(k)) return false; }
  return small;
}

/** "in Chicago", "riders from Belgium and Spain": a preposition of place before the name or before the list it ends. */
function locativeBefore(text: string, start: number): boolean {
  const before = wordsBefore(text, start, 5);
  const prev = before[before.length - 1];
  if (prev === undefined) return false;
  if (LOCATIVES.has(prev)) return true;
  return (prev === 'and' || prev === 'or') && before.slice(0, -1).some((w) => LOCATIVES.has(w));
}

/** The entity's country, or for a record without one (members of the US Congress) the country of what it is tied to. */
function countryOf(index: LoadedIndex, ent: IndexEntity): string | undefined {
  if (ent.country) return ent.country;
  for (const id of ent.near) {
    const e = index.byId.get(id);
    const c = e === undefined ? undefined : index.entities[e].country;
    if (c) return c;
  }
  return undefined;
}

/**
 * "Seattle … the broader Washington-based halibut fleet", "Tacoma … Washington’s Puyallup Tribe": a name shared by a
 * state and a city outside it (Washington, D.C.) is the state in an article that names a town inside the state and no
 * federal institution ("flew to Washington to lobby Congress"). A city inside its own state (New York) is left to the
 * cues of `stateCue`.
 */
function stateOverCity(index: LoadedIndex, city: number, state: number, named: Set<number>): boolean {
  const st = index.entities[state];
  const ct = index.entities[city];
  if (st.near.includes(ct.id) || ct.near.includes(st.id)) return false;
  let inside = false;
  for (const e of named) {
    const en = index.entities[e];
    if (en.type === 'organization' && en.topics.includes('us-politics') && !isUsState(index, e)) return false;
    if (e !== city && e !== state && en.type === 'city' && (st.near.includes(en.id) || en.near.includes(st.id))) inside = true;
  }
  return inside;
}


/** A surname's key without an Arabic article or case: "al-Bashir" and "Bashir" are one. */
function bareKey(surface: string): string {
  return surface.toLowerCase().replace(ARTICLE_PREFIX_RE, '');
}

/** The alias kind by which candidate `c` names entity `e`. */
function kindOf(c: Candidate, e: number): number {
  let k = 99;
  for (const p of c.cands) if (unpackEntity(p) === e && unpackKind(p) < k) k = unpackKind(p);
  return k;
}

/** A word after a name that is no function word: the name modifies it ("Pacific campaign") or begins another name. */
const ADJECTIVE_USE_RE = /^[ \u00a0]+(?!(?:and|or|to|from|in|on|at|of|with|by|for|as|is|was|were|are|has|had|have|where|which|that|near|off|since|until|but|while|when|after|before|during|between|into|toward|towards|this|last|next|early|late)\b)\p{L}/u;
const TYPE_PRIOR: Partial<Record<string, number>> = { country: 0.3, city: 0.2, person: 0.1 };


/**
 * The person an office word before a one-word candidate of people names ("President Clinton": the one who held that
 * office on the article's date or last before it), with the office word's bit; null when none or not one.
 */
interface Held {
  /** the entity the office word names */
  e: number;
  /** the office word's bit (office-holder.ts) */
  bit: number;
}

function officeHolderFor(index: LoadedIndex, text: string, t: Tokens, c: Candidate, day: number | undefined): Held | null {
  if (c.endTok - c.startTok !== 1 || c.cands.length === 0) return null;
  for (const p of c.cands) if (index.entities[unpackEntity(p)].type !== 'person' || unpackKind(p) !== AliasKind.Short) return null;
  const cue = officeWordBefore(wordsBefore(text, t.start[c.startTok], 4));
  if (!cue) return null;
  const e = officeHolder(c.cands.map(unpackEntity), (x) => index.entities[x].offices ?? [], cue.bit, cue.former, day);
  return e < 0 ? null : { e, bit: cue.bit };
}

/**
 * "Omar Hassan al-Bashir", "George Walker Bush": a person's full name with middle names the dataset does not list.
 * The given name, up to two capitalised middle names and the surname, all joined by spaces, name the person — no
 * other person has that given name and that surname, so the middle names are no reason to read the surname as
 * someone else's (which is what a surname after an unknown capitalised word otherwise means).
 */
import { type LoadedIndex, AliasKind, pack, unpackEntity, unpackKind } from './alias-index';
import { FAMILY_NAME_FIRST } from './name-order';
import { type Candidate, F_ALLCAPS, F_CAP, F_JOIN_NEXT, F_POSSESSIVE, type Tokens, keyOf } from './tokens';

const MAX_MIDDLE = 2;

/** Per index and entity: the given name (folded, as the walk back compares it), or null when the rule does not apply. */
const givenNames = new WeakMap<LoadedIndex, (string | null | undefined)[]>();

/**
 * The person's given name as the walk back compares it, or null for an entity the rule skips (not a person, a
 * family-name-first country, a one-word name). Worked out once per entity: it was remade for every candidate.
 */
function givenNameOf(index: LoadedIndex, e: number): string | null {
  let memo = givenNames.get(index);
  if (!memo) givenNames.set(index, (memo = new Array<string | null | undefined>(index.entities.length)));
  const known = memo[e];
  if (known !== undefined) return known;
  let given: string | null = null;
  const ent = index.entities[e];
  if (ent.type === 'person' && !(ent.country && FAMILY_NAME_FIRST.has(ent.country))) {
    const parts = ent.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[\s]+/);
    if (parts.length >= 2) given = parts[0].replace(/[.'’]/g, '');
  }
  memo[e] = given;
  return given;
}

/** The candidate widened to the person's full name with middle names, or null when the words before are not that. */
export function withMiddleNames(index: LoadedIndex, text: string, t: Tokens, c: Candidate): Candidate | null {
  if (c.endTok - c.startTok > 2 || c.startTok < 2) return null;
  let hit: Candidate | null = null;
  for (const p of c.cands) {
    const kind = unpackKind(p);
    if (kind !== AliasKind.Short && kind !== AliasKind.Derived) continue;
    const e = unpackEntity(p);
    const given = givenNameOf(index, e);
    if (given === null) continue;
    // Walk back over capitalised words joined by spaces: middle names first, then the given name.
    for (let j = c.startTok - 1, middles = 0; j >= 0 && middles <= MAX_MIDDLE; j--) {
      const f = t.flags[j];
      // "Vladimir V. Putin", "John F. Kerry": a middle initial, a capital and a full stop.
      if (middles < MAX_MIDDLE && t.end[j] - t.start[j] === 1 && f & F_CAP && /^\.[ \u00a0]$/.test(text.slice(t.end[j], t.start[j + 1]))) {
        middles++;
        continue;
      }
      if (!(f & F_CAP) || f & F_ALLCAPS || f & F_POSSESSIVE || !(f & F_JOIN_NEXT)) break;
      if (!/^[ \u00a0]$/.test(text.slice(t.end[j], t.start[j + 1]))) break;
      const k = keyOf(text, t, j);
      if (k === given && middles > 0) {
        if (hit && unpackEntity(hit.cands[0]) !== e) return null; // two people fit: leave it
        hit = { startTok: j, endTok: c.endTok, cands: [pack(e, AliasKind.Alias)], match: 'alias', weak: 0 };
        break;
      }
      if (k.length < 2 || index.commonWords.has(k)) break;
      middles++;
    }
  }
  return hit;
}

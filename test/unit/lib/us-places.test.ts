/**
 * apStateAbbreviations finds "Town, Abbr." from the abbreviation backwards. It must find exactly what the whole-text
 * regex it replaced found (a town of one to four capitalised words before the comma), on real datelines and on random
 * text built from the characters that matter (capitals, lower case, digits, apostrophes, hyphens, full stops, commas,
 * spaces, letters outside the BMP, the abbreviations themselves).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apStateAbbreviations } from '../../../lib/engine/us-places';
import type { LoadedIndex } from '../../../lib/engine/alias-index';

const ABBRS = ['Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Okla', 'Ore', 'Pa', 'R.I', 'S.C', 'S.D', 'Tenn', 'Vt', 'Va', 'Wash', 'W.Va', 'Wis', 'Wyo'];
/** The regex the function used before (a town tried at every capital of the text). */
const OLD_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}, (` +
    ABBRS.map((k) => k.replace(/\./g, '\\.')).sort((a, b) => b.length - a.length).join('|') +
    String.raw`)\.(?=[\s,;:)"”’—–-]|$)`,
  'gu',
);
function oldFind(text: string): { start: number; end: number }[] {
  if (!text.includes(', ')) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(OLD_RE)) {
    const end = m.index + m[0].length;
    out.push({ start: end - m[1].length - 1, end });
  }
  return out;
}

// Every abbreviation resolves (the index is only asked for an id's row).
const index = { byId: { get: () => 0, has: () => true } } as unknown as LoadedIndex;
const find = (text: string) => apStateAbbreviations(index, text).map(({ start, end }) => ({ start, end }));

describe('AP state abbreviations after a town', () => {
  it('finds them in real datelines and running text', () => {
    const text = "MONTGOMERY, Ala. -- Alabama's law. He spoke in Lincoln, Neb. Then O'Fallon, Mo., and Winston-Salem, N.C. — and 3Foo, Ga. and fooBar, Pa. and New York City, N.Y.";
    const got = find(text).map(({ start, end }) => text.slice(start, end));
    // Not after a word glued to a digit ("3Foo") or a capital inside a word ("fooBar").
    expect(got).toEqual(['Ala.', 'Neb.', 'Mo.', 'N.C.', 'N.Y.']);
    expect(find(text)).toEqual(oldFind(text));
  });

  it('finds exactly what the whole-text regex found, on random text', () => {
    const piece = fc.constantFrom('A', 'Bo', 'x', 'q', '7', "'", '’', '-', '.', ',', ' ', ', ', '𝐀', 'é', 'É', '\n', ...ABBRS.map((a) => `, ${a}.`), ...ABBRS.map((a) => `${a}.`));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(find(text)).toEqual(oldFind(text));
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * "President Clinton", "former President Bush", "Secretary Clinton": when a surname alone could name several people,
 * the office word before it and the article's date say which of them it is — the one who held that office then, or,
 * after "former", the one who left it last before the article. The offices come from the dataset's dated "Office"
 * facts, compiled into one small list per person: [office-word bits, start day, end day] triples.
 */

/** Office words a cue may carry, and which office titles (fact values, lower case) each stands for. */
const OFFICE_WORDS: { words: readonly string[]; title: (v: string) => boolean }[] = [
  { words: ['president', 'president-elect'], title: (v) => /\bpresident\b/.test(v) && !/\bvice[- ]president\b/.test(v) },
  { words: ['vice-president'], title: (v) => /\bvice[- ]president\b/.test(v) },
  { words: ['minister', 'premier'], title: (v) => /\b(?:minister|premier)\b/.test(v) },
  { words: ['chancellor'], title: (v) => /\bchancellor\b/.test(v) },
  { words: ['king'], title: (v) => /\bking\b/.test(v) },
  { words: ['queen'], title: (v) => /\bqueen\b/.test(v) },
  { words: ['speaker'], title: (v) => /\bspeaker\b/.test(v) },
  { words: ['senator', 'sen'], title: (v) => /\bsenat(?:or|e)\b/.test(v) },
  { words: ['secretary'], title: (v) => /\bsecretary\b/.test(v) },
  { words: ['ambassador'], title: (v) => /\bambassador\b/.test(v) },
  { words: ['governor'], title: (v) => /\bgovernor\b/.test(v) },
  { words: ['mayor'], title: (v) => /\bmayor\b/.test(v) },
  { words: ['general', 'gen', 'commander'], title: (v) => /\b(?:general|commander)\b/.test(v) },
  { words: ['chairman', 'chair'], title: (v) => /\bchair(?:man|woman|person)?\b/.test(v) },
];

const BIT_OF_WORD = new Map<string, number>(OFFICE_WORDS.flatMap((g, i) => g.words.map((w) => [w, 1 << i] as [string, number])));

/**
 * Offices with one holder in a country at a time (president, vice-president, prime minister and ministers, chancellor,
 * monarch, speaker, secretary): the office word names its holder even when the surname is also a word ("President
 * Bush"). Governors, senators, mayors and generals are too many for that.
 */
export const NATIONAL_OFFICES = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 8);

/** The office-word bits an office title stands for (0: none of the words a cue can carry). */
export function officeTitleBits(title: string): number {
  const v = title.toLowerCase();
  let bits = 0;
  OFFICE_WORDS.forEach((g, i) => {
    if (g.title(v)) bits |= 1 << i;
  });
  return bits;
}

/** "2001-01-20" → 20010120; a bare year or month starts at its first day (…0000) or ends at its last (…9999). */
export function dayNumber(iso: string, end: boolean): number {
  const y = Number(iso.slice(0, 4));
  if (!Number.isFinite(y)) return end ? 99_999_999 : 0;
  const m = iso.length >= 7 ? Number(iso.slice(5, 7)) : end ? 99 : 0;
  const d = iso.length >= 10 ? Number(iso.slice(8, 10)) : end ? 99 : 0;
  return y * 10_000 + m * 100 + d;
}

/** Office facts as the compact triples stored per entity: [bits, start day, end day], only offices a cue can name. */
export function officeSpells(facts: readonly { label: string; value: string; since?: string; until?: string }[]): number[] {
  const out: number[] = [];
  for (const f of facts) {
    if (f.label !== 'Office') continue;
    const bits = officeTitleBits(f.value);
    if (!bits) continue;
    out.push(bits, f.since ? dayNumber(f.since, false) : 0, f.until ? dayNumber(f.until, true) : 99_999_999);
  }
  return out;
}

/** The office word just before a name ("President", "President-elect", "former Secretary"), as a bit, and "former". */
export function officeWordBefore(before: readonly string[]): { bit: number; former: boolean } | null {
  let k = before.length - 1;
  if (k >= 1 && (before[k] === 'elect' || before[k] === 'designate')) k--;
  const bit = BIT_OF_WORD.get(before[k] ?? '');
  if (!bit) return null;
  let j = k - 1;
  // "former Prime Minister Johnson", "ex-President Bush"
  if (j >= 0 && (before[j] === 'prime' || before[j] === 'foreign' || before[j] === 'defence' || before[j] === 'defense')) j--;
  const former = j >= 0 && (before[j] === 'former' || before[j] === 'ex');
  return { bit, former };
}

/**
 * Of the people `cands` (entity numbers), the one an office word names on `day` (the article's date as a day number,
 * or undefined): the one in that office then; after "former", the one who left it last before; otherwise the one
 * who took it last before the day (the most recent holder is the one news means). -1 when no one or no single one.
 */
export function officeHolder(cands: readonly number[], spellsOf: (e: number) => ArrayLike<number>, bit: number, former: boolean, day: number | undefined): number {
  const d = day ?? 99_999_999;
  let inOffice = -1;
  let inOfficeCount = 0;
  let latest = -1;
  let latestKey = -1;
  let tie = false;
  for (const e of cands) {
    const s = spellsOf(e);
    for (let j = 0; j + 2 < s.length; j += 3) {
      if (!(s[j] & bit) || s[j + 1] > d) continue;
      const ended = s[j + 2] <= d;
      if (!former && !ended && day !== undefined) {
        if (inOffice !== e) inOfficeCount++;
        inOffice = e;
      }
      if (former && !ended) continue;
      // After "former": who left last; otherwise: who came in last.
      const key = former ? s[j + 2] : s[j + 1];
      if (key > latestKey) {
        tie = false;
        latest = e;
        latestKey = key;
      } else if (key === latestKey && latest !== e) tie = true;
    }
  }
  if (inOfficeCount === 1) return inOffice;
  if (inOfficeCount > 1) return -1;
  return tie ? -1 : latest;
}

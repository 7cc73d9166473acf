/**
 * Card text a reader would see garbled (issue 8), checked by `npm run data:audit` over every fact value and description:
 * a bracket opened and not closed ("104 (96 directly elected", the seat counts cut at their first semicolon), one closed
 * that never opened ("Jordanian Navy)", a typo of the source), HTML left in ("&amp;", "<br>"), doubled spaces, a space
 * before punctuation ("58 member nations : 29", a tag read as a space), a value ending on a separator, a date in
 * machine form ("2002-07-09", "2017-01": the card writes dates out, "9 July 2002"; a year range such as "1947-48" or
 * "2020-2022" is not one). Null when clean.
 */
export function garbled(v: string): string | null {
  let depth = 0;
  for (const c of v) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return 'bracket closed that never opened';
  }
  if (depth) return 'bracket left open';
  if (/&[a-z]+;|&#\d+;|<\/?[a-z][^>]*>/i.test(v)) return 'HTML';
  if (/ {2}/.test(v)) return 'doubled space';
  if (/\s[,;:)]/.test(v) || /\(\s/.test(v)) return 'space before punctuation';
  if (/[,;:]\s*$/.test(v)) return 'ends on a separator';
  if (/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/.test(v) || /^\d{4}-(?:0[1-9]|1[0-2])$/.test(v)) return 'date in machine form';
  return null;
}

const padStart = (d: string) => (d.length === 4 ? `${d}-00-00` : d.length === 7 ? `${d}-00` : d);
const padEnd = (d: string) => (d.length === 4 ? `${d}-99-99` : d.length === 7 ? `${d}-99` : d);

/**
 * A date given as past on the word of a page written before it ("Date: 5 October 2025", as of 21 September 2025: the
 * page announced the election, it cannot say it was held). True unless the value says it was scheduled.
 */
export function beforeItsSource(f: { value: string; since?: string; asOf: string }): boolean {
  return !!f.since && !!f.asOf && padStart(f.since) > padEnd(f.asOf) && !/\b(scheduled|expected|planned|due)\b/i.test(f.value);
}

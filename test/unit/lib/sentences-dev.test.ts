/**
 * Rules from the sentences dev half (issue 8, docs/notes/text.md 7 December evening): news files of the Go sentence
 * tokenizer neurosnap/sentences (test/corpus-real/sentences-*, README there). Only dev-half texts are quoted here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

const ids = (text: string, date: string) => realEngine().detector.detect(text, { date }).mentions.map((m) => m.entityId);

describe('a lower-case short form needs its country in the article', () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"the national dialogue" in an article about Lebanon is no Syrian conference', () => {
    // sentences-06 (lebanon, dev half), verbatim.
    const text =
      "Beirut - As Lebanon braces itself for another round of popular protests this week by civil society activists, the country's politicians are scrambling to achieve an agreement on pressing political issues. " +
      'The call for dialogue has been well-received by Lebanon\'s two rival political powers. Both the March 8 bloc (led by Christian leader Michel Aoun and Hezbollah) and the March 14 bloc (led by the Saudi-backed Tayyar al-Mustaqbal party) have agreed to attend the national dialogue session.';
    expect(ids(text, '2015-09-07')).not.toContain('syrian-national-dialogue-conference');
    expect(ids(text, '2015-09-07')).toContain('lebanon');
  });

  it('still links where the article names Syria', () => {
    // Self-written after the sentence above, moved to Damascus.
    const text =
      "Damascus - As Syria braces itself for another round of protests this week, the country's politicians are scrambling to achieve an agreement. " +
      'Both blocs have agreed to attend the national dialogue session.';
    expect(ids(text, '2025-02-20')).toContain('syrian-national-dialogue-conference');
  });
});

describe('a name in quotation marks after "this" and describing words is a name given to something else', () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"This 16th century \'House of Lords\' needs to end" is said of Lebanon\'s leaders', () => {
    // sentences-06 (lebanon, dev half), verbatim.
    const text =
      '"This 16th century \'House of Lords\' needs to end," said Nizar Ghanem, an activist with the You Stink campaign, in reference to the national dialogue sessions. ' +
      '"The idea that our politics can be done by a handful of feudal patriarchs is not acceptable, and what they\'ve been doing over the last 15 years is basically gutting out our institutions."';
    expect(ids(text, '2015-09-10')).not.toContain('house-of-lords');
  });

  it('the House of Lords itself, in quotes or not, still links', () => {
    // Self-written.
    expect(ids('The House of Lords voted against the bill on Tuesday.', '2015-09-10')).toContain('house-of-lords');
    expect(ids("Peers in the 'House of Lords' voted against the bill, and this chamber may vote again.", '2015-09-10')).toContain('house-of-lords');
  });
});

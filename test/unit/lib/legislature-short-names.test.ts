/**
 * Issue 8: a legislature is called by its common name in its own country's news ("the Senate", "the National
 * Assembly", "the Diet"), and only the US and UK chambers had those short forms. `data/overrides/short-forms.json`
 * gives them to the Australian, Canadian, Indian, New Zealand, South African, French, South Korean, Pakistani and
 * Japanese legislatures, and their own short names to the Turkish, Syrian, Iraqi and Italian chambers; a short form
 * needs the article to be about that country (`ownCountry`, detect.ts). The South Korean, Japanese and Syrian cases
 * fail on the dataset before; the Australian one (round-4 dev set, more-02) already linked in this form (the opening
 * names Canberra) and is kept as a guard — in the eval, read after the page's opening, its two chambers were misses.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCorpusFile } from '../../corpus/check-format.mjs';
import { linkedOnDate, realEngine } from '../helpers';

const linked = linkedOnDate;

describe('legislatures by their common names', () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"debated in the House of Representatives … goes to the Senate" in an Australian story', () => {
    // more-02 (Herald Sun), with the story's opening that says where it is.
    const text = [
      'Prime Minister Tony Abbott’s government in Canberra wants the Data Retention Bill passed before Parliament rises.',
      'The Data Retention Bill will be debated in the House of Representatives this week. Then, on Friday, CEOs from leading media organisations will front the parliamentary committee to air their concerns before the legislation goes to the Senate.',
    ].join('\n\n');
    const got = linked(text, '2015-03-01');
    expect(got).toContain('House of Representatives → australian-house-of-representatives');
    expect(got).toContain('Senate → australian-senate');
  });

  it('"lawmakers defied a security cordon to enter the National Assembly" in a South Korean story', () => {
    // more-11 (schema-org-context-object), the whole dev text: it names South Korea and its president before this.
    const r = parseCorpusFile(fs.readFileSync('test/corpus-real/more-11-schema-org-context-object.txt', 'utf8'));
    const at = r.plain.indexOf('the National Assembly building') + 4;
    const m = realEngine().detector.detect(r.plain, { date: r.header.date, title: r.header.title }).mentions.find((x) => x.start === at);
    expect(m?.entityId).toBe('national-assembly-of-south-korea');
  });

  it('"told the Diet" in a Japanese story; "Diet and exercise", "Diet Coke" are no parliament', () => {
    expect(linked('Prime Minister Shigeru Ishiba told the Diet on Friday that Japan would raise defence spending.', '2025-06-01')).toContain(
      'Diet → national-diet',
    );
    const health = 'Japanese researchers in Tokyo found that diet matters. Diet and exercise together cut the risk of diabetes, the study in Osaka found. Diet Coke sales rose in Japan last year.';
    expect(linked(health, '2025-06-01').filter((x) => x.startsWith('Diet'))).toEqual([]);
  });

  it('trap: "the Senate" and "the House" in a US story stay the US chambers', () => {
    const text = 'The Senate voted 51-49 on Tuesday to confirm the nominee, handing President Trump a victory. Senate Majority Leader John Thune said the House would take up the bill next week.';
    const got = linked(text, '2025-06-01');
    expect(got.filter((x) => x.startsWith('Senate'))).toEqual(['Senate → us-senate', 'Senate → us-senate']);
    expect(got).toContain('House → us-house-of-representatives');
  });

  it('"the dissolution of the People’s Assembly" in a Syrian story; not an Egyptian one', () => {
    // test/corpus/translated-05 (self-written corpus, a machine-translated report of the HTS dissolution).
    const text =
      'The statement also declared cancelling of the constitution of 2012, the dissolution of the People’s Assembly, the army of former regime of Bashar al-Assad and the security agencies in Syria.';
    expect(linked(text, '2025-01-30')).toContain('People’s Assembly → peoples-assembly-of-syria');
    expect(linked('In Cairo, Egyptian lawmakers of the People’s Assembly met on Sunday.', '2010-06-01').join()).not.toContain('syria');
  });
});


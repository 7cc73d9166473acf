/**
 * A US city's name followed by another state (issue 8, docs/notes/text.md 7 December): "living in Columbus, Indiana"
 * opened Columbus, Ohio. The big cities' records now name their state (generate-geo.ts), and `isTownOfRegion` reads
 * it: the name before another state is a town of that state, the state itself still links (as "Gwynedd, Pa." links
 * Pennsylvania).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

const ids = (text: string, date: string) => realEngine().detector.detect(text, { date }).mentions.map((m) => m.entityId);

describe('a US city named with another state', () => {
  beforeAll(() => void realEngine(), 120_000);

  it('"living in Columbus, Indiana": the town of Indiana, not Columbus, Ohio', () => {
    // more-34 (videos-1, Readability tune page, round-6 dev set), verbatim.
    const text = 'Haley Lu Richardson stars as Casey, a young woman living in Columbus, Indiana, who cares for her mother, works at a library, and harbors a passion for architecture.';
    expect(ids(text, '2017-12-15')).toEqual(['indiana']);
    // Must still link: the city with its own state, and the city alone.
    expect(ids('Haley Lu Richardson stars as Casey, a young woman living in Columbus, Ohio, who cares for her mother.', '2017-12-15')).toEqual(['columbus', 'ohio']);
    expect(ids('The film was shot on location in Columbus over eighteen days.', '2017-12-15')).toEqual(['columbus']);
  });

  it('"Columbus, Ind.": AP\'s abbreviation of another state', () => {
    // Self-written in AP style after the sentence above (no real one at hand).
    expect(ids('A young woman living in Columbus, Ind., cares for her mother.', '2017-12-15')).toEqual(['indiana']);
    expect(ids('Donated by Ginette DePreist, Portland, Ore.', '2016-09-16')).toEqual(['portland', 'oregon']);
  });

  it('"Portland, Maine": not Portland, Oregon', () => {
    // Self-written (the case named in the round-6 notes; no real sentence in the dev material).
    expect(ids('The ferry leaves from Portland, Maine, every morning in summer.', '2017-12-15')).toEqual(['maine']);
    expect(ids('The ferry leaves from Portland, Oregon, every morning in summer.', '2017-12-15')).toEqual(['portland', 'oregon']);
  });
});

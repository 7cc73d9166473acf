import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { GOLDEN_FILE, goldenJson, goldenTexts } from '../../../scripts/golden';
import { realEngine } from '../helpers';

// The engine's output on every corpus text and the seed article, byte for byte (test/golden/detect.json). A change
// meant to be output-neutral (speed, index format) must keep it; a rule change regenerates it with `npm run golden`
// and the diff in review shows every mention it gained or lost.
describe('golden detection output', () => {
  it('matches test/golden/detect.json on every corpus text and the seed article', () => {
    const { detector } = realEngine();
    const texts = goldenTexts();
    expect(texts.length).toBeGreaterThan(50);
    const actual = goldenJson(detector, texts);
    const expected = fs.readFileSync(GOLDEN_FILE, 'utf8');
    if (actual !== expected) {
      // Name the first texts that differ, so the failure reads before the diff.
      const a = JSON.parse(actual) as Record<string, unknown>;
      const e = JSON.parse(expected) as Record<string, unknown>;
      const differ = Object.keys({ ...a, ...e }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(e[k]));
      expect(differ).toEqual([]);
    }
    expect(actual).toBe(expected);
  });
});

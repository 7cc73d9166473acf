import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

/**
 * A city is one card, titled as English news names it; its native and old forms find that card. (Seen on a real
 * dataset: "København" was a second Copenhagen, titled in Danish; Myanmar's largest city was titled "Rangoon".)
 */
describe('city cards on the real dataset', () => {
  const { bundle, detector } = realEngine();
  const records = bundle.entities;

  it.each([
    ['Copenhagen', 'København', 'copenhagen'],
    ['Yangon', 'Rangoon', 'yangon'],
    ['Chattogram', 'Chittagong', 'chattogram'],
  ])('%s is one entity under its English name, and "%s" finds it', (name, other, id) => {
    expect(records.filter((r) => r.name === name || r.name === other).map((r) => [r.id, r.name])).toEqual([[id, name]]);
    const text = `Protests spread on Monday in ${other}, where police said thousands had gathered near the port.`;
    const hit = detector.detect(text, { date: '2026-03-01' }).mentions.find((m) => text.slice(m.start, m.end) === other);
    expect(hit?.entityId).toBe(id);
  });
});

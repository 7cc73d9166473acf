import { describe, expect, it } from 'vitest';
import { packMentions, unpackMentions, type EntitySummary } from '../../../lib/protocol';

const summary = (id: string): EntitySummary => ({ id, name: id, type: 'person' });

describe('packed detect replies (ADR 0014)', () => {
  it('round-trips mentions, each entity once in the id table', async () => {
    const mentions = [
      { start: 0, end: 5, entityId: 'syria' },
      { start: 10, end: 25, entityId: 'bashar-al-assad' },
      { start: 30, end: 35, entityId: 'syria' },
    ];
    const { mentions: packed, ids } = packMentions(mentions);
    expect(ids).toEqual(['syria', 'bashar-al-assad']);
    expect(packed.triples).toHaveLength(9);
    // What the content script gets back after the wire (JSON in Chromium, structured clone in Firefox).
    const wire = JSON.parse(JSON.stringify({ mentions: packed, entities: ids.map(summary) }));
    expect(await unpackMentions(wire)).toEqual(mentions);
  });

  it('skips malformed triples instead of trusting them', async () => {
    const entities = [summary('a')];
    const triples = [0, 3, 0, 5, 4, 0, 1.5, 3, 0, 7, 9, 4, -1, 2, 0, 10, 12, 0, 20];
    expect(await unpackMentions({ mentions: { triples }, entities })).toEqual([{ start: 0, end: 3, entityId: 'a' }, { start: 10, end: 12, entityId: 'a' }]);
    expect(await unpackMentions({ mentions: {} as never, entities })).toEqual([]);
  });

  it('rebuilds a long list in slices when given a yield', async () => {
    const mentions = Array.from({ length: 10_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 4, entityId: `e${i % 7}` }));
    const { mentions: packed, ids } = packMentions(mentions);
    let yields = 0;
    const out = await unpackMentions({ mentions: packed, entities: ids.map(summary) }, () => {
      yields++;
      return Promise.resolve();
    });
    expect(out).toEqual(mentions);
    expect(yields).toBeGreaterThan(1);
  });
});

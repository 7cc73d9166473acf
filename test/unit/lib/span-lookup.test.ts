import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spanLookup } from '../../../lib/engine/span-lookup';

// The detector asks "does an accepted mention overlap this abbreviation?" and "does a full name cover this position?"
// through this lookup instead of scanning every mention. It must answer exactly what the scan answered.
type Span = { start: number; end: number };
const naiveOverlaps = (spans: Span[], s: number, e: number) => spans.some((a) => a.start < e && s < a.end);
const naiveCovers = (spans: Span[], at: number) => spans.some((a) => a.start <= at && at < a.end);

const span = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })).map(([start, len]) => ({ start, end: start + len }));

describe('span lookup', () => {
  it('answers overlap and cover questions', () => {
    const l = spanLookup([
      { start: 20, end: 30 },
      { start: 0, end: 5 },
    ]);
    expect(l.overlaps(4, 6)).toBe(true);
    expect(l.overlaps(5, 20)).toBe(false); // half-open on both sides
    expect(l.overlaps(29, 40)).toBe(true);
    expect(l.covers(0)).toBe(true);
    expect(l.covers(5)).toBe(false);
    expect(l.covers(29)).toBe(true);
    expect(l.covers(30)).toBe(false);
    l.add(10, 12);
    expect(l.covers(11)).toBe(true);
    expect(l.overlaps(12, 20)).toBe(false);
    expect(l.size).toBe(3);
    expect(spanLookup().overlaps(0, 100)).toBe(false);
  });

  it('a long span early still counts for positions far after shorter ones', () => {
    const l = spanLookup([
      { start: 0, end: 100 },
      { start: 10, end: 11 },
      { start: 50, end: 51 },
    ]);
    expect(l.covers(90)).toBe(true);
    expect(l.overlaps(99, 200)).toBe(true);
    expect(l.overlaps(100, 200)).toBe(false);
  });

  it('agrees with scanning every span, for spans given at once and added in any order', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 20 }), (initial, added, asked) => {
        const l = spanLookup(initial);
        const all = [...initial];
        const check = () => {
          for (const q of asked) {
            expect(l.overlaps(q.start, q.end)).toBe(naiveOverlaps(all, q.start, q.end));
            expect(l.covers(q.start)).toBe(naiveCovers(all, q.start));
          }
        };
        check();
        for (const a of added) {
          l.add(a.start, a.end);
          all.push(a);
          check();
        }
        expect(l.size).toBe(all.length);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createDetectQueue } from '../../../entrypoints/background/queue';
import { splitPieces } from '../../../lib/engine';
import type { DetectResult } from '../../../lib/engine/detect';

/** A fake detector: every "X" is a mention, so offsets can be checked against the text. */
const detectX = (text: string): DetectResult => {
  const mentions = [];
  for (let i = text.indexOf('X'); i >= 0; i = text.indexOf('X', i + 1)) mentions.push({ start: i, end: i + 1, entityId: 'x', match: 'exact' as const, confidence: 1 });
  return { topics: ['t'], mentions };
};

describe('detection queue', () => {
  it('splits long texts at paragraph breaks and maps mentions back to offsets in the whole text', async () => {
    const text = ('para X one.\n\n' + 'word '.repeat(3000)).repeat(40);
    const pieces = splitPieces(text, 20_000, 20_000);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0].start).toBe(0);
    expect(pieces.at(-1)!.end).toBe(text.length);
    for (let k = 1; k < pieces.length; k++) expect(pieces[k].start).toBe(pieces[k - 1].end);
    const q = createDetectQueue();
    const res = await q.submit('1:0', text, {}, detectX);
    expect(res.mentions.map((m) => m.start)).toEqual(detectX(text).mentions.map((m) => m.start));
  });

  it('stops detecting a text once it holds the most mentions a reply carries: the first ones, the rest not scanned', async () => {
    const q = createDetectQueue(undefined, 1000);
    let calls = 0;
    const text = 'X '.repeat(400_000);
    const res = await q.submit('1:0', text, {}, (t) => {
      calls++;
      return detectX(t);
    });
    expect(res.mentions.length).toBe(1000);
    expect(res.mentions.map((m) => m.start)).toEqual(detectX(text).mentions.slice(0, 1000).map((m) => m.start));
    // 12,500 mentions per 25,000-character piece: the first piece is enough, the other 31 are never detected.
    expect(calls).toBe(1);
    expect(splitPieces(text).length).toBeGreaterThan(30);
  });

  it('takes turns between tabs: a small request is answered before a huge one finishes', async () => {
    const q = createDetectQueue();
    const order: string[] = [];
    const huge = q.submit('1:0', 'X '.repeat(2_000_000), {}, detectX).then(() => order.push('huge'));
    const small = q.submit('2:0', 'X', {}, detectX).then(() => order.push('small'));
    await Promise.all([huge, small]);
    expect(order).toEqual(['small', 'huge']);
  });

  it('a request that arrives while a huge text is being detected waits for the piece in hand only', async () => {
    const q = createDetectQueue();
    const calls: string[] = [];
    let small: Promise<unknown> | undefined;
    const huge = q.submit('1:0', 'X '.repeat(400_000), {}, (t) => {
      calls.push('huge');
      // Another tab's message, delivered while this piece runs: handled as soon as the piece ends.
      if (calls.length === 1) setTimeout(() => (small = q.submit('2:0', 'X', {}, (t2) => (calls.push('small'), detectX(t2)))), 0);
      return detectX(t);
    });
    await huge;
    await small;
    expect(calls.slice(0, 3)).toEqual(['huge', 'small', 'huge']);
  });

  it('a huge job whose tab closed stops at the next piece', async () => {
    const q = createDetectQueue();
    let pieces = 0;
    const first = q.submit('1:0', 'X '.repeat(400_000), {}, (t) => (pieces++, detectX(t)));
    const caught = first.catch((e: Error) => e.name);
    await new Promise((r) => setTimeout(r, 0));
    q.cancel((k) => k.startsWith('1:'), 'tab closed');
    expect(await caught).toBe('Superseded');
    const after = pieces;
    await new Promise((r) => setTimeout(r, 20));
    expect(pieces).toBe(after);
    expect(pieces).toBeLessThan(splitPieces('X '.repeat(400_000)).length);
    expect(q.size).toBe(0);
  });

  it('never cuts a surrogate pair', () => {
    const text = '😀'.repeat(30_000);
    for (const p of splitPieces(text, 1001, 1001)) expect(p.start % 2).toBe(0);
  });
});

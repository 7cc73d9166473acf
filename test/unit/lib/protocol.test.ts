import { describe, expect, it } from 'vitest';
import {
  DETECT_PIECE_CHARS,
  createExchangeLog,
  createPieceStore,
  cutPieces,
  packMentions,
  sendDetect,
  unpackMentions,
  validateBackgroundRequest,
  type EntitySummary,
} from '../../../lib/protocol';

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

describe('long texts go to the background in pieces (issue 11.3)', () => {
  /** A background with the real validation and piece store; messages cross JSON as in Chromium. `lose` drops pieces once. */
  function fakeBackground(opts: { loseOnce?: boolean } = {}) {
    const store = createPieceStore();
    const sent: { type: string; chars: number }[] = [];
    const detected: string[] = [];
    let lose = !!opts.loseOnce;
    const runtime = {
      async sendMessage(message: unknown): Promise<unknown> {
        const m = JSON.parse(JSON.stringify(message)) as { type: 'detect' | 'detectPart' };
        sent.push({ type: m.type, chars: JSON.stringify(message).length });
        const clean = validateBackgroundRequest(m.type, m) as any;
        if (typeof clean === 'string') return { error: clean };
        if (m.type === 'detectPart') {
          store.add('1:0', clean.key, clean.seq, clean.text);
          if (lose && clean.seq === 1) {
            lose = false;
            store.drop(() => true); // the worker was stopped and restarted: what it held is gone
          }
          return { ok: true };
        }
        const head = clean.pieces ? store.take('1:0', clean.pieces.key, clean.pieces.count) : '';
        if (head === null) return { error: 'detect: pieces missing' };
        detected.push(head + clean.text);
        return { mentions: { triples: [] }, topics: [], entities: [] };
      },
    };
    return { runtime, sent, detected, store };
  }

  it('sends a short article in one message, as before', async () => {
    const bg = fakeBackground();
    await sendDetect(bg.runtime, { text: 'Bashar al-Assad left Damascus.', meta: {} });
    expect(bg.sent.map((s) => s.type)).toEqual(['detect']);
    expect(bg.detected).toEqual(['Bashar al-Assad left Damascus.']);
  });

  it('sends a 1 MB article in messages of at most one piece each, and the background detects the whole text', async () => {
    const para = 'Vladimir Putin met Recep Tayyip Erdoğan in Ankara on Tuesday; 🇹🇷 talks went on late. ';
    let text = '';
    while (text.length < 1_000_000) text += para;
    const bg = fakeBackground();
    let pauses = 0;
    await sendDetect(bg.runtime, { text, meta: { title: 't' } }, () => {
      pauses++;
      return null;
    });
    expect(bg.detected).toHaveLength(1);
    expect(bg.detected[0]).toBe(text);
    expect(bg.sent.length).toBeGreaterThan(10);
    expect(Math.max(...bg.sent.map((s) => s.chars))).toBeLessThan(DETECT_PIECE_CHARS + 1000);
    expect(pauses).toBe(bg.sent.length - 1);
    expect(bg.store.size).toBe(0);
  });

  it('sends everything again when the background lost the pieces (worker restarted in between)', async () => {
    let text = '';
    while (text.length < 200_000) text += 'Olaf Scholz spoke in Berlin. ';
    const bg = fakeBackground({ loseOnce: true });
    await sendDetect(bg.runtime, { text, meta: {} });
    expect(bg.detected).toEqual([text]);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = 'a'.repeat(9) + '😀' + 'b'.repeat(20);
    const pieces = cutPieces(text, 10);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(10);
      expect(/[\ud800-\udbff]$/.test(p)).toBe(false);
    }
  });

  it('the background drops a newer text\'s stale pieces and refuses more than a text\'s worth from one tab', () => {
    const store = createPieceStore(100);
    store.add('1:0', 'a', 0, 'x'.repeat(60));
    store.add('1:0', 'b', 0, 'y'.repeat(60)); // a new scan replaced the old one
    expect(store.take('1:0', 'a', 1)).toBeNull();
    store.add('1:0', 'c', 0, 'z'.repeat(60));
    expect(() => store.add('1:0', 'c', 1, 'z'.repeat(60))).toThrow(/too long/);
    expect(store.size).toBe(0);
    expect(validateBackgroundRequest('detectPart', { key: 'k', seq: 0, text: 'x'.repeat(DETECT_PIECE_CHARS + 1) })).toMatch(/piece/);
  });
});

describe('a detection request lost with its service worker is asked again (issue 12: recovery)', () => {
  /**
   * A background whose workers can be stopped: a stopped worker's pending replies never come (as Chromium left them
   * when its worker was stopped mid-request); the next message starts a new worker that holds nothing. Exchanges are
   * logged as the real background logs them (createExchangeLog).
   */
  function stoppableBackground(opts: { detectMs: number; stopDuringFirst?: number; oldVersion?: boolean }) {
    let worker = 1;
    let log = createExchangeLog();
    let stopsLeft = opts.stopDuringFirst ?? 0;
    const sent: string[] = [];
    const runtime = {
      async sendMessage(message: unknown): Promise<unknown> {
        const m = JSON.parse(JSON.stringify(message)) as { type: 'detect' | 'detectState' };
        sent.push(m.type);
        const clean = validateBackgroundRequest(m.type, m) as { key: string; text: string };
        if (m.type === 'detectState') return opts.oldVersion ? undefined : { state: log.state('7:0', clean.key) };
        const mine = worker;
        log.start('7:0', clean.key);
        if (stopsLeft > 0) {
          stopsLeft--;
          // Stopped while detecting: a new worker (and an empty log) for whatever comes next; this reply never comes.
          worker++;
          log = createExchangeLog();
          return new Promise(() => {});
        }
        await new Promise((r) => setTimeout(r, opts.detectMs));
        log.finish('7:0', clean.key);
        return { mentions: { triples: [0, 6, 0] }, topics: [], entities: [summary(`from worker ${mine}`)] };
      },
    };
    return { runtime, sent };
  }
  const fast = { after: 20, every: 10 };

  it('a request whose worker was stopped is sent again once a new worker says it never heard of it', async () => {
    const bg = stoppableBackground({ detectMs: 5, stopDuringFirst: 1 });
    const reply = await sendDetect(bg.runtime, { text: 'Syria', meta: {} }, undefined, fast);
    expect(reply.entities[0].id).toBe('from worker 2');
    expect(bg.sent.filter((t) => t === 'detect')).toHaveLength(2);
  });

  it('a slow detection that the background still runs is waited for, not sent again, and the asking stops with the reply', async () => {
    const bg = stoppableBackground({ detectMs: 120 });
    const reply = await sendDetect(bg.runtime, { text: 'Syria', meta: {} }, undefined, fast);
    expect(reply.entities[0].id).toBe('from worker 1');
    expect(bg.sent.filter((t) => t === 'detect')).toHaveLength(1);
    const asked = bg.sent.filter((t) => t === 'detectState').length;
    expect(asked).toBeGreaterThan(2);
    await new Promise((r) => setTimeout(r, 60));
    expect(bg.sent.filter((t) => t === 'detectState')).toHaveLength(asked);
  });

  it('a background of an older version that does not answer the question is waited for', async () => {
    const bg = stoppableBackground({ detectMs: 80, oldVersion: true });
    const reply = await sendDetect(bg.runtime, { text: 'Syria', meta: {} }, undefined, fast);
    expect(reply.entities[0].id).toBe('from worker 1');
    expect(bg.sent.filter((t) => t === 'detect')).toHaveLength(1);
  });

  it('two losses in a row still end with the reply; a third is an error the page shows, not a loop', async () => {
    const twice = stoppableBackground({ detectMs: 5, stopDuringFirst: 2 });
    expect((await sendDetect(twice.runtime, { text: 'Syria', meta: {} }, undefined, fast)).entities[0].id).toBe('from worker 3');
    const always = stoppableBackground({ detectMs: 5, stopDuringFirst: 3 });
    await expect(sendDetect(always.runtime, { text: 'Syria', meta: {} }, undefined, fast)).rejects.toThrow(/lost the request/);
    expect(always.sent.filter((t) => t === 'detect')).toHaveLength(3);
  });

  it('the log says running, done, or unknown per sender and exchange', () => {
    const log = createExchangeLog(2);
    log.start('1:0', 'a');
    expect(log.state('1:0', 'a')).toBe('running');
    expect(log.state('2:0', 'a')).toBe('unknown');
    log.finish('1:0', 'a');
    expect(log.state('1:0', 'a')).toBe('done');
    log.start('1:0', 'b');
    log.finish('1:0', 'b');
    log.start('1:0', 'c');
    log.finish('1:0', 'c');
    // Only the last few answered exchanges are remembered.
    expect(log.state('1:0', 'a')).toBe('unknown');
    // The panel's rows ask with the article's date; a malformed one is dropped (rows as of today), not refused.
    expect(validateBackgroundRequest('search', { ids: ['donald-trump'], date: '2016-11-29T10:00:00Z' })).toEqual({ ids: ['donald-trump'], date: '2016-11-29' });
    expect(validateBackgroundRequest('search', { ids: ['donald-trump'], date: 'last Tuesday' })).toEqual({ ids: ['donald-trump'] });
    expect(validateBackgroundRequest('detectState', { key: '' })).toMatch(/key/);
    expect(validateBackgroundRequest('detectState', { key: 'k', extra: 1 })).toEqual({ key: 'k' });
  });
});

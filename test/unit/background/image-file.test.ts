import { describe, expect, it, beforeEach, vi } from 'vitest';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { createEngine } from '../../../entrypoints/background/engine';
import { createDetector, decodeImage, encodeImage, IMAGE_FORMAT, indexImage, loadIndex, restoreIndex } from '../../../lib/engine';
import { compileIndex } from '../../../lib/engine/alias-index';
import type { DatasetBundle } from '../../../lib/dataset';
import { openStore, readImage, readImageRecord } from '../../../lib/store';
import { goldenJson, goldenTexts } from '../../../scripts/golden';
import { realEngine, record } from '../helpers';

// The index image shipped as a file beside the dataset (ADR 0022): an install restores the index from it instead of
// building it, so the first page's highlights need neither the 9 MB of records nor the index build.

const buf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

describe('image file codec', () => {
  it('keeps what an index image holds: typed arrays (viewed in place), Maps, Sets, RegExps, undefined, nesting', () => {
    const value = {
      a: new Uint8Array([1, 2, 255]),
      b: new Uint16Array([65535, 7]),
      c: new Uint32Array([4294967295, 0, 3]),
      d: new Int32Array([-1, 2 ** 31 - 1]),
      e: new Float64Array([0.5]),
      m: new Map<unknown, unknown>([[1, ['x', 'y']], ['k', new Set(['s'])]]),
      r: /\b(?:a|b)\b/giu,
      u: undefined,
      n: null,
      s: 'Ḥamāh \u0000 "quoted"',
      list: [[1, 2], { deep: new Uint32Array(0) }],
    };
    const back = decodeImage(buf(encodeImage(value))) as typeof value;
    expect(back.a).toBeInstanceOf(Uint8Array);
    expect([...back.a]).toEqual([1, 2, 255]);
    expect(back.b).toBeInstanceOf(Uint16Array);
    expect([...back.c]).toEqual([4294967295, 0, 3]);
    expect([...back.d]).toEqual([-1, 2 ** 31 - 1]);
    expect([...back.e]).toEqual([0.5]);
    expect(back.m).toBeInstanceOf(Map);
    expect(back.m.get(1)).toEqual(['x', 'y']);
    expect(back.m.get('k')).toEqual(new Set(['s']));
    expect(back.r.source).toBe(value.r.source);
    expect(back.r.flags).toBe('giu');
    expect('u' in back && back.u === undefined).toBe(true);
    expect(back.n).toBeNull();
    expect(back.s).toBe(value.s);
    expect((back.list[1] as { deep: Uint32Array }).deep).toBeInstanceOf(Uint32Array);
  });

  it('keeps a key named "__proto__" as a key, never as the prototype (JSON allows it)', () => {
    const v = JSON.parse('{"__proto__": {"x": 1}, "k": 2}') as Record<string, unknown>;
    Object.defineProperty(v, 'm', { value: { ['__proto__']: null }, enumerable: true });
    const tagged = {};
    Object.defineProperty(tagged, '__proto__', { value: new Map([[1, 2]]), enumerable: true });
    const back = decodeImage(buf(encodeImage({ v, tagged }))) as { v: Record<string, unknown>; tagged: Record<string, unknown> };
    expect(Object.getPrototypeOf(back.v)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(back.v, '__proto__')?.value).toEqual({ x: 1 });
    expect(back.v.k).toBe(2);
    expect(Object.getPrototypeOf(back.tagged)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(back.tagged, '__proto__')?.value).toEqual(new Map([[1, 2]]));
  });

  it('round-trips random JSON values and typed arrays (property)', () => {
    const typed = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 255 })).map((a) => new Uint8Array(a)),
      fc.array(fc.integer({ min: 0, max: 65535 })).map((a) => new Uint16Array(a)),
      fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })).map((a) => new Int32Array(a)),
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.array(typed, { maxLength: 5 }), (json, arrays) => {
        // (-0 is kept by JSON as 0; JSON values never hold the reserved key.)
        const v = { json, arrays };
        const back = decodeImage(buf(encodeImage(v))) as typeof v;
        expect(back.json).toEqual(JSON.parse(JSON.stringify(json)));
        expect(back.arrays.map((a) => [a.constructor.name, ...a])).toEqual(arrays.map((a) => [a.constructor.name, ...a]));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is not such a file: wrong magic, truncated, offsets out of range, bad JSON, unknown tags', () => {
    const good = encodeImage({ t: new Uint32Array([1, 2, 3, 4]), m: new Map([[1, 2]]) });
    expect(decodeImage(buf(good))).not.toBeNull();
    expect(decodeImage(new ArrayBuffer(0))).toBeNull();
    const magic = good.slice();
    magic[0] = 0x58;
    expect(decodeImage(buf(magic))).toBeNull();
    // Cut inside the typed array's bytes, and inside the JSON.
    expect(decodeImage(buf(good.slice(0, good.length - 4)))).toBeNull();
    expect(decodeImage(buf(good.slice(0, 20)))).toBeNull();
    const withJson = (json: string) => {
      const j = new TextEncoder().encode(json);
      const out = new Uint8Array(16 + j.length + 16);
      out.set(good.slice(0, 8));
      new DataView(out.buffer).setUint32(8, j.length, true);
      out.set(j, 12);
      return out.buffer;
    };
    expect(decodeImage(withJson('{"a":1}'))).toEqual({ a: 1 });
    expect(decodeImage(withJson('{"a":'))).toBeNull();
    expect(decodeImage(withJson('{"$nc":"u32","o":0,"n":1000}'))).toBeNull();
    expect(decodeImage(withJson('{"$nc":"u32","o":3,"n":1}'))).toBeNull();
    expect(decodeImage(withJson('{"$nc":"Function"}'))).toBeNull();
    expect(decodeImage(withJson('{"$nc":"Map","v":[[1]]}'))).toBeNull();
    expect(decodeImage(withJson('{"$nc":"re","s":"(","f":""}'))).toBeNull();
  });

  it('keeps long strings exactly, out of the JSON (one byte a character, other scripts, astral characters, a lone surrogate)', () => {
    const value = {
      ascii: 'abc '.repeat(2000),
      latin: 'Ḥamāh café naïve '.repeat(300) + '\u0085\u00ff',
      other: 'Москва 北京 '.repeat(400),
      astral: '😀𝔸'.repeat(1000),
      lone: 'x'.repeat(2000) + '\ud800' + 'y',
      short: 'Ḥamāh',
      keys: new Uint16Array([1, 2]),
    };
    const bytes = encodeImage(value);
    expect(decodeImage(buf(bytes))).toEqual(value);
    // The JSON holds the short string and the one with a lone surrogate (no decoder gives it back), not the others.
    const jsonLen = new DataView(bytes.buffer).getUint32(8, true);
    expect(jsonLen).toBeGreaterThan(2000);
    expect(jsonLen).toBeLessThan(3000);
  });

  it('keeps long lists of strings exactly, out of the JSON (empty strings, other scripts, surrogate pairs split between two strings)', () => {
    const words = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? '' : i % 5 === 0 ? `Ḥamāh-${i}` : i % 3 === 0 ? `北京${i}` : `word${i}`));
    const value = {
      words,
      // A high surrogate ending one string and the low one starting the next: joined they are one character.
      split: ['x'.repeat(1100) + '\ud83d', '\ude00' + 'y'],
      inSet: new Set(words),
      short: ['a', 'b'],
      mixed: ['a'.repeat(2000), 1],
    };
    const bytes = encodeImage(value);
    const back = decodeImage(buf(bytes)) as typeof value;
    expect(back).toEqual(value);
    expect(Array.isArray(back.words)).toBe(true);
    // Only the short list and the mixed one (its long string apart) are left in the JSON.
    expect(new DataView(bytes.buffer).getUint32(8, true)).toBeLessThan(600);
  });

  it('refuses a list of strings whose lengths do not add up to its text', () => {
    const good = encodeImage({ l: Array.from({ length: 300 }, (_, i) => `w${i}`) });
    const jsonLen = new DataView(good.buffer).getUint32(8, true);
    const json = JSON.parse(new TextDecoder().decode(good.subarray(12, 12 + jsonLen))) as { l: { l: { o: number; n: number } } };
    const binStart = Math.ceil((12 + jsonLen) / 8) * 8;
    const lens = new Uint32Array(good.buffer, binStart + json.l.l.o, json.l.l.n);
    for (const delta of [1, -1]) {
      const bad = good.slice();
      new Uint32Array(bad.buffer, binStart + json.l.l.o, json.l.l.n)[0] = lens[0] + delta;
      expect(decodeImage(buf(bad))).toBeNull();
    }
  });

  it('refuses a long string that is not UTF-8, or runs past the file', () => {
    const good = encodeImage({ s: 'abc'.repeat(1000) });
    expect((decodeImage(buf(good)) as { s: string }).s).toBe('abc'.repeat(1000));
    const jsonLen = new DataView(good.buffer).getUint32(8, true);
    const binStart = Math.ceil((12 + jsonLen) / 8) * 8;
    const bad = good.slice();
    bad[binStart + 5] = 0xff;
    expect(decodeImage(buf(bad))).toBeNull();
    expect(decodeImage(buf(good.slice(0, binStart + 2000)))).toBeNull();
  });

  it('refuses to write what it could not read back', () => {
    expect(() => encodeImage({ f: () => 1 })).toThrow();
    expect(() => encodeImage({ x: NaN })).toThrow();
    expect(() => encodeImage({ $nc: 'Map' })).toThrow();
    expect(() => encodeImage(new Date())).toThrow();
  });

  it('the full index restored from its image file detects exactly as the built index (golden texts)', () => {
    const { bundle: real, detector } = realEngine();
    const texts = goldenTexts();
    const file = decodeImage(buf(encodeImage({ version: real.version, format: IMAGE_FORMAT, index: indexImage(loadIndex(real.index)) }))) as { index: unknown };
    const restored = restoreIndex(file.index);
    expect(restored).not.toBeNull();
    expect(goldenJson(createDetector(restored!), texts)).toBe(goldenJson(detector, texts));
  }, 90_000);
});

function bundle(version: string, withAleppo = true): DatasetBundle {
  const entities = [
    record({ id: 'bashar-al-assad', name: 'Bashar al-Assad', topics: ['syria'] }),
    record({ id: 'syria', name: 'Syria', type: 'country', topics: ['syria'] }),
    ...(withAleppo ? [record({ id: 'aleppo', name: 'Aleppo', type: 'city', country: 'syria', topics: ['syria'] })] : []),
  ];
  const index = compileIndex(entities, { commonWords: [], firstNames: [] }, ['Aleppo pepper']);
  return { format: 1, version, asOf: '2025-01-01', entities, index };
}
const imageFile = (b: DatasetBundle, format = IMAGE_FORMAT) => buf(encodeImage({ version: b.version, format, index: indexImage(loadIndex(b.index)) }));
const TEXT = 'Bashar al-Assad left Syria. In Aleppo they cook with Aleppo pepper.';
const ids = (det: { detect(t: string): { mentions: { entityId: string; start: number }[] } }) => det.detect(TEXT).mentions.map((m) => `${m.entityId}@${m.start}`);
const BUILT = ['bashar-al-assad@0', 'syria@21', 'aleppo@31'];

describe('install from the shipped image file', () => {
  let idb: IDBFactory;
  beforeEach(() => {
    idb = new IDBFactory();
  });

  it('detection starts before the dataset is read, from the image file; cards follow once it is written', async () => {
    let releaseBundle!: () => void;
    const gate = new Promise<void>((r) => (releaseBundle = r));
    const b = bundle('v1');
    const e = createEngine({ idb, loadBundle: vi.fn(async () => (await gate, b)), loadBundleVersion: async () => 'v1', loadImageFile: async () => imageFile(b), imageDelayMs: 0 });
    // The bundle is still being read: highlights come anyway.
    expect(ids(await e.detector())).toEqual(BUILT);
    expect(e.status().state).toBe('loading');
    releaseBundle();
    expect((await e.entity('aleppo'))?.name).toBe('Aleppo');
    expect(e.indexSource()).toBe('file');
    await e.idle();
    // The shipped image is what the next wake-up reads from IndexedDB.
    const db = await openStore(idb);
    expect((await readImage(db))?.version).toBe('v1');
    db.close();
    const next = createEngine({ idb, loadBundle: vi.fn(async () => b), loadBundleVersion: async () => 'v1', imageDelayMs: 0 });
    expect(ids(await next.detector())).toEqual(BUILT);
    expect(next.indexSource()).toBe('image');
  });

  it('an update of the extension with the same dataset restores the shipped image instead of building, and saves it', async () => {
    const b = bundle('v1');
    const first = createEngine({ idb, loadBundle: async () => b, loadBundleVersion: async () => 'v1', imageDelayMs: 0 });
    await first.ready();
    await first.idle();
    // The update: the saved image may be of the older engine, so it is skipped; the new build's file is used.
    const loadBundle = vi.fn(async () => b);
    const updated = createEngine({ idb, loadBundle, loadBundleVersion: async () => 'v1', loadImageFile: async () => imageFile(b, IMAGE_FORMAT), imageDelayMs: 0 });
    await updated.refresh();
    expect(updated.indexSource()).toBe('file');
    expect(ids(await updated.detector())).toEqual(BUILT);
    expect(loadBundle).not.toHaveBeenCalled();
    expect((await updated.entity('aleppo'))?.name).toBe('Aleppo');
    await updated.idle();
    const db = await openStore(idb);
    expect((await readImage(db))?.format).toBe(IMAGE_FORMAT);
    // (The shipped file's bytes are what is saved: the image is not encoded again.)
    const saved = (await readImageRecord(db))?.file;
    expect(saved).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (saved as Blob).arrayBuffer())).toEqual(new Uint8Array(imageFile(b, IMAGE_FORMAT)));
    db.close();
  });

  it('an image file of another dataset version or format, a damaged one, or none: the index is built as before', async () => {
    const b = bundle('v2');
    const damaged = new Uint8Array(imageFile(b));
    damaged.fill(0x7b, 12, 40);
    for (const file of [imageFile(bundle('v1')), imageFile(b, IMAGE_FORMAT - 1), damaged.buffer, null]) {
      const e = createEngine({ idb: new IDBFactory(), loadBundle: async () => b, loadBundleVersion: async () => 'v2', loadImageFile: async () => file, imageDelayMs: 0 });
      expect(ids(await e.detector())).toEqual(BUILT);
      await e.ready();
      expect(e.indexSource()).toBe('built');
    }
    const failing = createEngine({ idb, loadBundle: async () => b, loadBundleVersion: async () => 'v2', loadImageFile: () => Promise.reject(new Error('not found')), imageDelayMs: 0, log: () => {} });
    expect(ids(await failing.detector())).toEqual(BUILT);
    expect(failing.indexSource()).toBe('built');
  });

  it('a broken bundle after a good image file: detection falls back to the cached dataset, not the unreadable one', async () => {
    const old = bundle('v1');
    const first = createEngine({ idb, loadBundle: async () => old, loadBundleVersion: async () => 'v1', imageDelayMs: 0 });
    await first.ready();
    await first.idle();
    // (The new version's image differs: no Aleppo. Its detector must not outlive the start that found the bundle broken.)
    const v2 = bundle('v2', false);
    const e = createEngine({ idb, loadBundle: async () => ({ broken: true }), loadBundleVersion: async () => 'v2', loadImageFile: async () => imageFile(v2), imageDelayMs: 0, log: () => {} });
    await e.ready();
    expect(e.status()).toMatchObject({ state: 'ready', version: 'v1' });
    expect(ids(await e.detector())).toEqual(BUILT);
    expect((await e.entity('syria'))?.name).toBe('Syria');
  });
});

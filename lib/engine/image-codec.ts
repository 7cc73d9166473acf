/**
 * The index image as a file (ADR 0022): `npm run data` writes the image of the index it compiled, and the background
 * reads it at install instead of building the index (0.6–1.5 s on this machine) from the compiled one. Structured
 * clone has no serializer a page or worker can call, so this is a small one of our own for what an image holds:
 * JSON for strings, numbers, arrays and plain objects, tags for Map, Set, RegExp and undefined, and the typed arrays'
 * bytes in a binary section that the decoder views in place (no copy, no parse).
 *
 * Layout: "NCIMG\x01" (6 bytes), 2 zero bytes, a little-endian u32 length of the JSON (UTF-8), the JSON, zero bytes to
 * a multiple of 8, the typed arrays' bytes, each at an offset that is a multiple of 8. Little-endian only: the typed
 * arrays are viewed as stored (every browser this extension runs in is little-endian; `decodeImage` refuses otherwise).
 */

const MAGIC = [0x4e, 0x43, 0x49, 0x4d, 0x47, 0x01, 0, 0];
const TAG = '$nc';

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
const TYPED: Record<string, new (b: ArrayBuffer, o: number, n: number) => Typed> = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f64: Float64Array,
};
function typedTag(x: unknown): string | null {
  if (x instanceof Uint8Array) return 'u8';
  if (x instanceof Uint16Array) return 'u16';
  if (x instanceof Uint32Array) return 'u32';
  if (x instanceof Int32Array) return 'i32';
  if (x instanceof Float64Array) return 'f64';
  return null;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Strings at least this long are stored in the binary section as UTF-8 (tag `s8`), not in the JSON: decoding them is
 * one pass of the UTF-8 decoder, not a JSON string parse. So are lists of strings this long together (tag `sa`: the
 * strings joined, and their lengths in UTF-16 code units as a typed array; read back with one decoder pass and a slice
 * per string). A string or list the decoder would not give back exactly (a lone surrogate) stays in the JSON.
 */
const LONG_STRING = 1024;

/** The image (or any value of the kinds above) as bytes. Throws on a value it cannot keep (a function, NaN, a class). */
export function encodeImage(value: unknown): Uint8Array<ArrayBuffer> {
  if (!littleEndian) throw new Error('encodeImage: big-endian host');
  const blobs: Typed[] = [];
  let binLen = 0;
  const put = (t: Typed): number => {
    const o = binLen;
    blobs.push(t);
    binLen += Math.ceil(t.byteLength / 8) * 8;
    return o;
  };
  const enc = (x: unknown): unknown => {
    if (typeof x === 'string' && x.length >= LONG_STRING) {
      const bytes = new TextEncoder().encode(x);
      if (new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) === x) return { [TAG]: 's8', o: put(bytes), n: bytes.length };
      return x;
    }
    if (x === null || typeof x === 'string' || typeof x === 'boolean') return x;
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) throw new Error(`encodeImage: ${x} cannot be kept`);
      return x;
    }
    if (x === undefined) return { [TAG]: 'u' };
    if (Array.isArray(x) && x.length > 1 && x.every((e) => typeof e === 'string')) {
      const joined = (x as string[]).join('');
      if (joined.length >= LONG_STRING) {
        const bytes = new TextEncoder().encode(joined);
        if (new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) === joined) {
          const lens = Uint32Array.from(x as string[], (e) => e.length);
          return { [TAG]: 'sa', o: put(bytes), n: bytes.length, l: enc(lens) };
        }
      }
    }
    if (Array.isArray(x)) return x.map(enc);
    const tt = typedTag(x);
    if (tt) {
      const t = x as Typed;
      return { [TAG]: tt, o: put(t), n: t.length };
    }
    if (x instanceof Map) return { [TAG]: 'Map', v: [...x].map(([k, v]) => [enc(k), enc(v)]) };
    if (x instanceof Set) return { [TAG]: 'Set', v: enc([...x]) };
    if (x instanceof RegExp) return { [TAG]: 're', s: x.source, f: x.flags };
    if (typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
      if (TAG in (x as object)) throw new Error(`encodeImage: an object has the reserved key ${TAG}`);
      // (No prototype: a key "__proto__" stays a key, as JSON.parse will read it back.)
      const out = Object.create(null) as Record<string, unknown>;
      for (const [k, v] of Object.entries(x as object)) out[k] = enc(v);
      return out;
    }
    throw new Error(`encodeImage: ${Object.prototype.toString.call(x)} cannot be kept`);
  };
  const json = new TextEncoder().encode(JSON.stringify(enc(value)));
  const binStart = Math.ceil((12 + json.length) / 8) * 8;
  const out = new Uint8Array(binStart + binLen);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  let at = binStart;
  for (const t of blobs) {
    out.set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength), at);
    at += Math.ceil(t.byteLength / 8) * 8;
  }
  return out;
}

/**
 * The value encoded in `buf`, its typed arrays viewing `buf` in place; or null when `buf` is not such a file (wrong
 * magic, lengths out of range, a malformed tag, bad JSON). What the value means is the caller's to check
 * (`restoreIndex` checks every part of an image, as it does one read from IndexedDB).
 */
export function decodeImage(buf: ArrayBuffer): unknown {
  if (!littleEndian || !(buf instanceof ArrayBuffer) || buf.byteLength < 12) return null;
  const head = new Uint8Array(buf, 0, 12);
  for (let i = 0; i < MAGIC.length; i++) if (head[i] !== MAGIC[i]) return null;
  const jsonLen = new DataView(buf).getUint32(8, true);
  if (12 + jsonLen > buf.byteLength) return null;
  const binStart = Math.ceil((12 + jsonLen) / 8) * 8;
  const binLen = buf.byteLength - binStart;
  let tree: unknown;
  try {
    tree = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(buf, 12, jsonLen)));
  } catch {
    return null;
  }
  const bad = {};
  let utf8: TextDecoder | undefined;
  const dec = (x: unknown): unknown => {
    if (x === null || typeof x !== 'object') return x;
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) {
        const v = dec(x[i]);
        if (v === bad) return bad;
        x[i] = v;
      }
      return x;
    }
    const o = x as Record<string, unknown>;
    const tag = o[TAG];
    if (tag === undefined) {
      for (const k of Object.keys(o)) {
        const v = dec(o[k]);
        if (v === bad) return bad;
        // An own "__proto__" (JSON.parse makes one) is set as a property, never through the prototype setter.
        if (v !== o[k]) Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
      }
      return o;
    }
    if (tag === 'u') return undefined;
    if (tag === 're') {
      if (typeof o.s !== 'string' || typeof o.f !== 'string') return bad;
      try {
        return new RegExp(o.s, o.f);
      } catch {
        return bad;
      }
    }
    if (tag === 'Map' || tag === 'Set') {
      if (!o.v || typeof o.v !== 'object') return bad;
      const v = dec(o.v);
      if (v === bad || !Array.isArray(v)) return bad;
      if (tag === 'Set') return new Set(v as unknown[]);
      if (!(v as unknown[]).every((e) => Array.isArray(e) && e.length === 2)) return bad;
      return new Map(v as [unknown, unknown][]);
    }
    if (tag === 'sa') {
      const lens = dec(o.l);
      const joined = dec({ [TAG]: 's8', o: o.o, n: o.n });
      if (!(lens instanceof Uint32Array) || typeof joined !== 'string') return bad;
      const out = new Array<string>(lens.length);
      let at = 0;
      for (let i = 0; i < lens.length; i++) {
        const end = at + lens[i];
        if (end > joined.length) return bad;
        out[i] = joined.slice(at, end);
        at = end;
      }
      return at === joined.length ? out : bad;
    }
    const text = tag === 's8';
    const T = text ? null : typeof tag === 'string' && Object.hasOwn(TYPED, tag) ? TYPED[tag] : null;
    const off = o.o;
    const n = o.n;
    if ((!T && !text) || typeof off !== 'number' || typeof n !== 'number' || !Number.isInteger(off) || !Number.isInteger(n) || off < 0 || n < 0 || off % 8) return bad;
    const size = text ? 1 : (T as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    if (off + n * size > binLen) return bad;
    if (text) {
      try {
        return (utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })).decode(new Uint8Array(buf, binStart + off, n));
      } catch {
        return bad;
      }
    }
    return new T!(buf, binStart + off, n);
  };
  const value = dec(tree);
  return value === bad ? null : value;
}

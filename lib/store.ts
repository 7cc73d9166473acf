/**
 * The IndexedDB schema and its upgrade ladder, and the dataset cache on top of it. Only the background uses it (a
 * content script's IndexedDB would belong to the news site). The IDBFactory is a parameter: the real one in the
 * background, fake-indexeddb in tests.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { decodeImage, encodeImage, type CompiledIndex, type IndexImage } from './engine';
import type { DatasetBundle } from './dataset';
import type { EntityRecord } from './types';

export const DB_NAME = 'newscontext';
/** Schema version: bump and add a rung to the ladder in `upgrade` when stores or indexes change. */
export const DB_VERSION = 2;

export interface DatasetMeta {
  version: string;
  asOf: string;
  entities: number;
}

interface Schema extends DBSchema {
  entities: { key: string; value: EntityRecord };
  /** the compiled alias index of the loaded dataset, one record */
  index: { key: 'current'; value: CompiledIndex };
  /** which dataset version the stores hold; written last, in the same transaction */
  meta: { key: 'dataset'; value: DatasetMeta };
  /**
   * v2: the loaded index as the engine holds it, saved after a build so a waking worker skips the build (ADR 0016);
   * since image format 10 its image-codec file as a Blob (ADR 0041), before that the image itself by structured clone
   */
  image: { key: 'current'; value: ImageRecord };
}

/** The loaded index and what it was built from. */
export interface StoredImage {
  /** the dataset version it was built from */
  version: string;
  /** the image format of the engine that wrote it (IMAGE_FORMAT); another one is not read */
  format: number;
  index: IndexImage;
}

/**
 * The image store's record (ADR 0041): the dataset version and image format in the clear, so a stale record is
 * recognised without reading it, and the image as one image-codec file (lib/engine/image-codec.ts) in a Blob. Reading a
 * Blob back is a file read; the same image as structured clone was a deserialisation of 7 MB on the worker's thread.
 * A record of an older format (the image itself under `index`, no `file`) has another `format` and is never decoded.
 */
export interface ImageRecord {
  version: string;
  format: number;
  /** the image-codec file of `{ version, format, index }` */
  file?: Blob | ArrayBuffer;
}

export type Db = IDBPDatabase<Schema>;

/**
 * Open (and upgrade) the database through the given factory. Rejects if IndexedDB is unavailable, or if the open is
 * blocked (another context holds an older version open) for longer than `timeoutMs`.
 */
export function openStore(factory: IDBFactory, timeoutMs = 5000, version = DB_VERSION, onLost?: (why: string) => void): Promise<Db> {
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(DB_NAME, version);
  } catch (err) {
    return Promise.reject(err);
  }
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<Schema>;
    // Each rung runs up to the version asked for (a test can build a v1 database to upgrade).
    const newVersion = event.newVersion ?? version;
    // A store a rung should have made but that is missing (a database left half made, or made by something else) is
    // made again: the upgrade repairs rather than leaving every later transaction to fail.
    const has = (name: string) => db.objectStoreNames.contains(name as never);
    // v1:
    if (!has('entities')) db.createObjectStore('entities', { keyPath: 'id' });
    if (!has('index')) db.createObjectStore('index');
    if (!has('meta')) db.createObjectStore('meta');
    // v2:
    if (newVersion >= 2 && !has('image')) db.createObjectStore('image');
    // v3: if (event.oldVersion < 3) { … the next rung (a store's data migrated) … }
  });
  const open = (wrap(request) as unknown as Promise<Db>).then((db) => {
    // A newer version of the extension wants to upgrade: step aside rather than block it.
    // (A deleteDatabase of ours — a reader clearing site data, a test — arrives the same way.) `onLost` lets the owner
    // reopen on next use instead of failing every read on a closed handle (issue 12).
    db.addEventListener('versionchange', () => {
      db.close();
      onLost?.('versionchange');
    });
    // The browser closed the connection itself (storage cleared, disk error).
    db.addEventListener('close', () => onLost?.('closed by the browser'));
    return db;
  });
  return withTimeout(open, timeoutMs, 'IndexedDB open timed out (blocked by another connection?)');
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(message)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

/** The dataset version the store holds, or null when empty. */
export async function storedMeta(db: Db): Promise<DatasetMeta | null> {
  return (await db.get('meta', 'dataset')) ?? null;
}

/** Records put per turn of `replaceDataset`: each put serialises its record on the caller's thread. */
export const PUT_BATCH = 150;

/**
 * Replace the stored dataset with `bundle` in ONE readwrite transaction over all stores: a reader sees the old
 * dataset or the new one, never half of either. The records are put in batches of `PUT_BATCH`, each issued when the
 * previous batch's last put has succeeded: the transaction stays active (a request is always pending or just
 * completed), and between batches the thread is free for other work — a page's detection need not wait for the
 * whole write (one batch of all 16,000 records held the worker for up to 2.5 s on a loaded 2-core machine; in batches the longest pause was 0.2–0.36 s). Nothing else is awaited inside.
 */
export async function replaceDataset(db: Db, bundle: DatasetBundle): Promise<DatasetMeta> {
  const meta: DatasetMeta = { version: bundle.version, asOf: bundle.asOf, entities: bundle.entities.length };
  const tx = db.transaction(['entities', 'index', 'meta', 'image'], 'readwrite');
  const entities = tx.objectStore('entities');
  const ops: Promise<unknown>[] = [];
  const fail = async (err: unknown): Promise<never> => {
    // A request refused synchronously (a bad key): abort, or what is already queued would commit alone.
    try {
      tx.abort();
    } catch {
      // already aborted (a request failed)
    }
    await Promise.allSettled([...ops, tx.done]);
    throw err;
  };
  try {
    ops.push(entities.clear());
    // An image of the old dataset must not outlive it.
    ops.push(tx.objectStore('image').clear());
  } catch (err) {
    return fail(err);
  }
  const list = bundle.entities;
  for (let i = 0; i < list.length; i += PUT_BATCH) {
    let last: Promise<unknown> | null = null;
    try {
      for (const e of list.slice(i, i + PUT_BATCH)) ops.push((last = entities.put(e)));
    } catch (err) {
      return fail(err);
    }
    // The next batch is issued from this request's success: the transaction is still active then. A failed put has
    // aborted the transaction already (nothing of it is kept).
    if (i + PUT_BATCH < list.length) {
      try {
        await last;
      } catch (err) {
        return fail(err);
      }
    }
  }
  try {
    ops.push(tx.objectStore('index').put(bundle.index, 'current'));
    ops.push(tx.objectStore('meta').put(meta, 'dataset'));
  } catch (err) {
    return fail(err);
  }
  ops.push(tx.done);
  await Promise.all(ops);
  return meta;
}

export async function readIndex(db: Db): Promise<CompiledIndex | null> {
  return (await db.get('index', 'current')) ?? null;
}

/** The image store's record as stored (not decoded), or null when there is none. */
export async function readImageRecord(db: Db): Promise<ImageRecord | null> {
  return (await db.get('image', 'current')) ?? null;
}

/**
 * The image a record holds, decoded; or null when it holds none this code can read (an older layout, a file that is
 * not one, or one whose own version or format disagrees with the record's).
 */
export async function imageOfRecord(record: ImageRecord): Promise<StoredImage | null> {
  const file = record.file;
  const bytes = file instanceof ArrayBuffer ? file : typeof Blob !== 'undefined' && file instanceof Blob ? await file.arrayBuffer() : null;
  const image = bytes ? (decodeImage(bytes) as Partial<StoredImage> | null) : null;
  if (!image || typeof image !== 'object' || image.version !== record.version || image.format !== record.format) return null;
  return image as StoredImage;
}

/** The stored index image, decoded, or null when there is none or it cannot be decoded. */
export async function readImage(db: Db): Promise<StoredImage | null> {
  const record = await readImageRecord(db);
  return record ? imageOfRecord(record) : null;
}

/**
 * Save the index image: its image-codec file as a Blob. `file` is that file when the caller has it already (the
 * shipped `dataset/image.bin` of this version and format), else the image is encoded here.
 */
export async function writeImage(db: Db, image: StoredImage, file?: ArrayBuffer | Uint8Array): Promise<void> {
  const bytes = file ?? encodeImage(image);
  const record: ImageRecord = { version: image.version, format: image.format, file: new Blob([bytes as BlobPart]) };
  await db.put('image', record, 'current');
}

export async function clearImage(db: Db): Promise<void> {
  await db.delete('image', 'current');
}

export async function getEntity(db: Db, id: string): Promise<EntityRecord | null> {
  return (await db.get('entities', id)) ?? null;
}

/** True when an IndexedDB error means the connection is gone (closed, closing, deleted), not that the data is bad. */
export function isConnectionLost(err: unknown): boolean {
  const e = err as { name?: string; message?: string } | null;
  return !!e && (e.name === 'InvalidStateError' || /connection (?:is )?clos|database.*(?:closed|closing|deleted)/i.test(e.message ?? ''));
}

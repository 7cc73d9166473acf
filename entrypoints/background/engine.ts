/**
 * The background's data service: the bundled dataset cached in IndexedDB (one transaction per version), the engine
 * loaded from it, and entity lookups served from it. Falls back to memory when IndexedDB is unavailable or blocked,
 * and keeps the last good cache when the bundle is broken. Dependencies are parameters, so tests drive it with
 * fake-indexeddb and a fake fetch.
 */
import { decodeImage, IMAGE_FORMAT, indexImage, loadIndex, restoreIndex, type LoadedIndex } from '../../lib/engine';
import { checkBundle, type DatasetBundle } from '../../lib/dataset';
import { createDetector, type Detector } from '../../lib/engine';
import type { DataStatus } from '../../lib/protocol';
import { clearImage, getEntity, imageOfRecord, isConnectionLost, openStore, readImageRecord, readIndex, replaceDataset, storedMeta, writeImage, type Db, type StoredImage } from '../../lib/store';
import type { EntityRecord } from '../../lib/types';

export interface EngineDeps {
  idb: IDBFactory | undefined;
  /** reads the bundled dataset (the extension's own file) */
  loadBundle(): Promise<unknown>;
  /** reads the bundled dataset's version without parsing the whole bundle */
  loadBundleVersion(): Promise<string | null>;
  /**
   * reads the index image `npm run data` wrote beside the dataset (`dataset/image.bin`, ADR 0022), or null: at install
   * the index is restored from it instead of built (optional: without it, or when it is unusable, the index is built)
   */
  loadImageFile?(): Promise<ArrayBuffer | null>;
  log?(message: string): void;
  /** how long after a build the index image is written (the write's structured clone blocks the worker a moment) */
  imageDelayMs?: number;
}

export interface Engine {
  status(): DataStatus;
  ready(): Promise<void>;
  detector(): Promise<Detector>;
  entity(id: string): Promise<EntityRecord | null>;
  /** install or update: load the bundle into IndexedDB if its version differs from the cached one */
  refresh(): Promise<void>;
  /** make sure the database still answers (reopening it if it was closed or deleted), so status() tells the truth */
  check(): Promise<void>;
  /** resolves once a pending index-image write has finished or failed (tests, the bench) */
  idle(): Promise<void>;
  /** how the index was loaded at the last start: from the image stored in IndexedDB, from the shipped image file, or built */
  indexSource(): 'image' | 'file' | 'built' | null;
  /**
   * A page is loading (it woke the worker): start, then run one detection of a short sentence, so what the detector
   * builds on first use (the fuzzy pass's deletion index) and the JIT are ready before the page asks. Once per engine.
   */
  prepare(): Promise<void>;
}

/** The shipped image file, decoded, and its bytes (saved to IndexedDB as they are). */
interface ShippedImage {
  stored: StoredImage;
  bytes: ArrayBuffer;
}

/** Self-written; a misspelt capitalised word so the first detection's fuzzy pass builds its tables here. */
const WARM_TEXT = 'Officials in Brusels said on Monday that the Foreign Minister would travel to Damascus and meet President Ahmed al-Sharaa.';

/**
 * A User Timing mark of the start's phases (`nc:open`, `nc:image-read`, …): the cold-start bench reads them from the
 * worker to say where a wake-up's time goes. Costs nothing when nobody reads them.
 */
export function mark(name: string): void {
  globalThis.performance?.mark?.(`nc:${name}`);
}

export function createEngine(deps: EngineDeps): Engine {
  let status: DataStatus = { state: 'loading' };
  let db: Db | null = null;
  let memory: Map<string, EntityRecord> | null = null;
  let det: Detector | null = null;
  let starting: Promise<void> | null = null;
  const log = deps.log ?? (() => {});
  /** set when the connection was closed under us (versionchange, deletion): the next read reopens it */
  let lost = false;
  let reopening: Promise<void> | null = null;
  /** while a reopen writes the bundle back: its records, as soon as they are read (null: no rewrite was needed) */
  let rewriting: Promise<Map<string, EntityRecord> | null> | null = null;
  /** set by refresh() (install or update): the next start ignores the stored image, whose engine may be older */
  let skipImage = false;
  let source: 'image' | 'file' | 'built' | null = null;
  let imageWrite: Promise<void> = Promise.resolve();
  let prepared: Promise<void> | null = null;
  const onLost = (why: string) => {
    lost = true;
    log(`IndexedDB connection lost (${why}); reopening on next use`);
  };

  /**
   * The reopen ladder (issue 12): reopen the database; if it was deleted or holds another version, write the bundle
   * back; if that fails, serve from memory and say so. Detection keeps its loaded detector throughout.
   */
  function reopen(): Promise<void> {
    if (!reopening) {
      let bundleRead: (records: Map<string, EntityRecord> | null) => void = () => {};
      rewriting = new Promise((done) => (bundleRead = done));
      reopening = (async () => {
        lost = false;
        db = null;
        try {
          if (!deps.idb) throw new Error('IndexedDB is not available');
          const fresh = await openStore(deps.idb, 5000, undefined, onLost);
          const cached = await storedMeta(fresh);
          const current = status.state === 'ready' ? status.version : null;
          if (!cached || cached.version !== current) {
            const bundle = await readBundle();
            // Cards asked for during the write (seconds for 16,000 records) are answered from the bundle just read.
            bundleRead(new Map(bundle.entities.map((e) => [e.id, e])));
            const meta = await replaceDataset(fresh, bundle);
            status = { state: 'ready', version: meta.version, asOf: meta.asOf, entities: meta.entities, storage: 'indexeddb', note: 'the database was deleted or replaced while running; rebuilt from the bundled data' };
          }
          db = fresh;
        } catch (err) {
          const bundle = await readBundle();
          useMemory(bundle, `IndexedDB could not be reopened (${(err as Error).message}); using the bundled data in memory`);
          log(status.state === 'ready' && status.note ? status.note : 'using memory');
        }
      })().finally(() => {
        bundleRead(null);
        reopening = null;
        rewriting = null;
      });
    }
    return reopening;
  }

  async function readBundle(): Promise<DatasetBundle> {
    const raw = await deps.loadBundle();
    const checked = checkBundle(raw);
    if (!checked.ok) throw new Error(`bundled dataset is unusable: ${checked.error}`);
    return checked.bundle;
  }

  /** Serve `bundle` from memory, with the detector already made from it if there is one. */
  function useMemory(bundle: DatasetBundle, note: string, made?: Detector) {
    memory = new Map(bundle.entities.map((e) => [e.id, e]));
    det = made ?? createDetector(loadIndex(bundle.index));
    status = { state: 'ready', version: bundle.version, asOf: bundle.asOf, entities: bundle.entities.length, storage: 'memory', note };
  }

  /**
   * The loaded index from the stored image of this dataset version, or null (none, another version or format, not
   * readable, not an index): the caller then builds it as before (ADR 0016).
   */
  async function imageIndex(store: Db, version: string, useImage: boolean): Promise<LoadedIndex | null> {
    if (!useImage) return null;
    try {
      const record = await readImageRecord(store);
      mark('image-read');
      if (!record) return null;
      // (The record says its version and format in the clear: a stale image is not read at all.)
      const image = record.version === version && record.format === IMAGE_FORMAT ? await imageOfRecord(record) : null;
      mark('image-decoded');
      const li = image ? restoreIndex(image.index) : null;
      mark('image-restored');
      if (!li) {
        log(`index image unusable (dataset ${String(record.version)}, format ${String(record.format)}); rebuilding the index`);
        void clearImage(store).catch(() => {});
      }
      return li;
    } catch (err) {
      log(`index image unreadable (${(err as Error).message}); rebuilding the index`);
      void clearImage(store).catch(() => {});
      return null;
    }
  }

  /**
   * Save the index just built (or the shipped image it was restored from), a moment later, so the next wake-up reads
   * it instead of building. Failures only log.
   */
  function saveImage(store: Db, version: string, index: LoadedIndex | ShippedImage): void {
    imageWrite = new Promise<void>((resolve) => {
      setTimeout(() => {
        Promise.resolve()
          .then(() => ('bytes' in index ? writeImage(store, index.stored, index.bytes) : writeImage(store, { version, format: IMAGE_FORMAT, index: indexImage(index) })))
          .catch((err: unknown) => log(`could not save the index image (${(err as Error).message})`))
          .finally(resolve);
      }, deps.imageDelayMs ?? 1000);
    });
  }

  /**
   * The shipped image file of the bundled dataset version, restored, or null (none, another version or format, not
   * readable, damaged): the caller builds the index from the bundle as before.
   */
  async function fileIndex(version: string | null): Promise<(ShippedImage & { index: LoadedIndex }) | null> {
    if (!deps.loadImageFile || version === null) return null;
    try {
      const buf = await deps.loadImageFile();
      mark('image-file-read');
      const stored = buf ? (decodeImage(buf) as Partial<StoredImage> | null) : null;
      if (!buf || !stored || stored.version !== version || stored.format !== IMAGE_FORMAT) return null;
      const index = restoreIndex(stored.index);
      mark('image-file-restored');
      // (The file's bytes are saved as they are: the image need not be encoded again.)
      return index ? { stored: stored as StoredImage, bytes: buf, index } : null;
    } catch (err) {
      log(`shipped index image unreadable (${(err as Error).message}); building the index`);
      return null;
    }
  }

  function built(store: Db, version: string, index: LoadedIndex): Detector {
    source = 'built';
    saveImage(store, version, index);
    return createDetector(index);
  }

  async function start(): Promise<void> {
    source = null;
    // (Set by ready() just before this call: this start's records, for cards asked for during its write.)
    const records = installing;
    // Decided before the first await: a refresh() that starts another run sets it again for that run.
    const useImage = !skipImage;
    skipImage = false;
    try {
      if (!deps.idb) throw new Error('IndexedDB is not available');
      db = await openStore(deps.idb, 5000, undefined, onLost);
      mark('open');
    } catch (err) {
      const note = `IndexedDB unavailable (${(err as Error).message}); using the bundled data in memory`;
      log(note);
      db = null;
      useMemory(await readBundle(), note);
      return;
    }
    const cached = await storedMeta(db);
    const bundledVersion = await deps.loadBundleVersion().catch(() => null);
    mark('meta');
    /** the shipped image file, once asked for: null when unusable */
    let file: Awaited<ReturnType<typeof fileIndex>> | undefined;
    if (cached && (bundledVersion === null || bundledVersion === cached.version)) {
      const image = await imageIndex(db, cached.version, useImage);
      if (image) {
        source = 'image';
        det = createDetector(image);
        mark('detector');
        status = { state: 'ready', version: cached.version, asOf: cached.asOf, entities: cached.entities, storage: 'indexeddb' };
        return;
      }
      // No usable saved image (an update of the extension skips it: its engine may be older; or it was damaged): the
      // image shipped with this build is of this engine and, the versions agreeing, of this dataset.
      file = await fileIndex(bundledVersion);
      if (file) {
        source = 'file';
        det = createDetector(file.index);
        saveImage(db, cached.version, file);
        status = { state: 'ready', version: cached.version, asOf: cached.asOf, entities: cached.entities, storage: 'indexeddb' };
        return;
      }
      const index = await readIndex(db);
      if (index) {
        det = built(db, cached.version, loadIndex(index));
        status = { state: 'ready', version: cached.version, asOf: cached.asOf, entities: cached.entities, storage: 'indexeddb' };
        return;
      }
    }
    // First run, or a new version shipped: load it, all or nothing. Detection may start from the shipped index image
    // before the bundle is even read (ADR 0022); cards and `ready()` wait for the dataset's write.
    const mine = earlyDetector;
    // (Not fetched again when the branch above found it unusable.)
    if (file === undefined) file = await fileIndex(bundledVersion);
    let early: Detector | null = null;
    if (file) {
      early = createDetector(file.index);
      mine?.resolve(early);
    }
    let bundle: DatasetBundle;
    try {
      bundle = await readBundle();
      mark('bundle-read');
      records?.resolve(bundle.entities);
    } catch (err) {
      // Requests from here on use the detector this start settles on, not the shipped image's.
      if (earlyDetector === mine) earlyDetector = null;
      if (cached) {
        // Keep serving the last good dataset rather than nothing.
        const index = await readIndex(db);
        if (index) {
          det = createDetector(loadIndex(index));
          const note = `${(err as Error).message}; still using the cached dataset ${cached.version}`;
          log(note);
          status = { state: 'ready', version: cached.version, asOf: cached.asOf, entities: cached.entities, storage: 'indexeddb', note };
          return;
        }
      }
      throw err;
    }
    // Without a usable image file, the index is built from the bundle in memory before the dataset is written, and
    // detection may use it at once (`detector()`): on install the write takes over a second, and the first page need
    // not wait for it.
    let index: LoadedIndex;
    if (file && early && file.stored.version === bundle.version) {
      index = file.index;
      source = 'file';
    } else {
      index = loadIndex(bundle.index);
      mark('index-built');
      early = createDetector(index);
      source = 'built';
      mine?.resolve(early);
    }
    // The write serialises every record synchronously as it is put: let a page's waiting detection run first.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    try {
      const meta = await replaceDataset(db, bundle);
      mark('dataset-written');
      saveImage(db, meta.version, source === 'file' ? file! : index);
      det = early;
      status = { state: 'ready', version: meta.version, asOf: meta.asOf, entities: meta.entities, storage: 'indexeddb' };
    } catch (err) {
      // Quota exceeded or a write refused: the transaction rolled back; serve from memory.
      useMemory(bundle, `could not write IndexedDB (${(err as Error).message}); using the bundled data in memory`, early);
    }
    // From here on `det` is the detector: a later change of it (a reopen falling back to memory) must win.
    if (earlyDetector === mine) earlyDetector = null;
  }

  /** Resolved with a detector as soon as one is built, before the start's writes end (the first-run path). */
  let earlyDetector: { promise: Promise<Detector>; resolve(d: Detector): void } | null = null;

  function ready(): Promise<void> {
    if (!starting) {
      let resolve!: (d: Detector) => void;
      earlyDetector = { promise: new Promise<Detector>((r) => (resolve = r)), resolve };
      const records = (installing = recordsOfStart());
      starting = start()
        .catch((err: unknown) => {
          status = { state: 'error', error: (err as Error).message ?? String(err) };
          starting = null; // allow a later retry
          throw err;
        })
        .finally(() => {
          records.resolve(null);
          if (installing === records) installing = null;
        });
    }
    return starting;
  }

  /**
   * A first run or a new version: the bundle's records as soon as they are read, so a card asked for while they are
   * written to IndexedDB (5–7 s for 26,705 records on install on a loaded 2-core machine) is answered from them, as
   * a rebuild after a deletion already is. Null once the start has ended, or when it read no bundle.
   */
  let installing: ReturnType<typeof recordsOfStart> | null = null;
  function recordsOfStart() {
    let resolve!: (list: EntityRecord[] | null) => void;
    const list = new Promise<EntityRecord[] | null>((r) => (resolve = r));
    let byId: Promise<Map<string, EntityRecord> | null> | null = null;
    return {
      resolve,
      /** built on the first card's request, not while the start's first detection may be running */
      records: () => (byId ??= list.then((l) => (l ? new Map(l.map((e) => [e.id, e])) : null))),
    };
  }

  function detector(): Promise<Detector> {
    const done = ready().then(() => det!);
    const early = earlyDetector?.promise;
    return early ? Promise.race([done, early]) : done;
  }

  return {
    status: () => status,
    ready,
    detector,
    async entity(id) {
      const done = ready();
      const early = installing;
      if (early) {
        // Answered from the records of a first run as soon as they are read, without waiting for their write.
        const read = await Promise.race([early.records(), done.then(() => null, () => null)]);
        if (read) return read.get(id) ?? null;
      }
      await done;
      if (memory) return memory.get(id) ?? null;
      if (lost || reopening) {
        const done = reopen();
        // The database deleted under us: the bundle it is rebuilt from answers as soon as it is read.
        const read = await Promise.race([done.then(() => null), rewriting ?? Promise.resolve(null)]);
        if (read) return read.get(id) ?? null;
        await done;
      }
      if (memory) return (memory as Map<string, EntityRecord>).get(id) ?? null;
      try {
        return db ? await getEntity(db, id) : null;
      } catch (err) {
        if (!isConnectionLost(err)) throw err;
        // Closed between the check and the read: reopen once and read again.
        await reopen();
        if (memory) return (memory as Map<string, EntityRecord>).get(id) ?? null;
        return db ? getEntity(db, id) : null;
      }
    },
    async check() {
      await ready();
      if (memory) return;
      if (lost || reopening) await reopen();
    },
    async idle() {
      // The start's dataset write (it may end after detection began), then the index image written after it.
      await starting?.catch(() => {});
      await imageWrite;
    },
    prepare() {
      // The warm-up is a task of its own: a page's request already waiting runs first (it would pay for the first
      // detection's tables itself, and the warm-up then costs a millisecond), one arriving later finds them made.
      // (At install, the detector from the shipped image or the first build, before the dataset's write ends.)
      return (prepared ??= detector()
        .then((d) => new Promise<Detector>((resolve) => setTimeout(() => resolve(d), 0)))
        .then((d) => {
          mark('prepare');
          d.detect(WARM_TEXT);
          mark('prepared');
        })
        .catch((err: unknown) => {
        prepared = null;
        throw err;
      }));
    },
    indexSource: () => source,
    async refresh() {
      // A start already running (begun when a navigation woke the worker) finishes first, so two starts never write
      // the stores or the detector at once; then the index is loaded again, ignoring the image.
      const running = starting;
      skipImage = true;
      starting = null;
      status = { state: 'loading' };
      await running?.catch(() => {});
      await ready();
    },
  };
}

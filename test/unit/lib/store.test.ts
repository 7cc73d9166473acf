import { describe, expect, it, beforeEach } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { getEntity, openStore, PUT_BATCH, readIndex, replaceDataset, storedMeta } from '../../../lib/store';
import { compileIndex } from '../../../lib/engine/alias-index';
import type { DatasetBundle } from '../../../lib/dataset';
import { record } from '../helpers';

function bundle(version: string, names: string[]): DatasetBundle {
  const entities = names.map((n) => record({ id: n.toLowerCase().replace(/ /g, '-'), name: n }));
  return { format: 1, version, asOf: '2025-01-01', entities, index: compileIndex(entities, { commonWords: [], firstNames: [] }) };
}

describe('IndexedDB store', () => {
  let factory: IDBFactory;
  beforeEach(() => {
    factory = new IDBFactory();
  });

  it('starts empty and holds a dataset after one load', async () => {
    const db = await openStore(factory);
    expect(await storedMeta(db)).toBeNull();
    await replaceDataset(db, bundle('v1', ['Bashar al-Assad', 'Vladimir Putin']));
    expect(await storedMeta(db)).toEqual({ version: 'v1', asOf: '2025-01-01', entities: 2 });
    expect((await getEntity(db, 'vladimir-putin'))?.name).toBe('Vladimir Putin');
    expect((await readIndex(db))?.entities.map((e) => e.id)).toEqual(['bashar-al-assad', 'vladimir-putin']);
  });

  it('replaces one version by the next completely (no entity of the old one is left)', async () => {
    const db = await openStore(factory);
    await replaceDataset(db, bundle('v1', ['Bashar al-Assad', 'Vladimir Putin']));
    await replaceDataset(db, bundle('v2', ['Ahmed al-Sharaa']));
    expect((await storedMeta(db))?.version).toBe('v2');
    expect(await getEntity(db, 'vladimir-putin')).toBeNull();
    expect((await getEntity(db, 'ahmed-al-sharaa'))?.name).toBe('Ahmed al-Sharaa');
  });

  it('never leaves half a dataset: a failing write rolls the whole version back', async () => {
    const db = await openStore(factory);
    await replaceDataset(db, bundle('v1', ['Bashar al-Assad']));
    const broken = bundle('v2', ['Ahmed al-Sharaa', 'Asaad al-Shaibani']);
    // An entity without its key path makes put() throw inside the transaction.
    (broken.entities[1] as { id?: string }).id = undefined;
    await expect(replaceDataset(db, broken)).rejects.toBeTruthy();
    expect((await storedMeta(db))?.version).toBe('v1');
    expect((await getEntity(db, 'bashar-al-assad'))?.name).toBe('Bashar al-Assad');
    expect(await getEntity(db, 'ahmed-al-sharaa')).toBeNull();
  });

  it('writes a large dataset in batches, all of it, and rolls all of it back when a later batch fails', async () => {
    const db = await openStore(factory);
    await replaceDataset(db, bundle('v1', ['Bashar al-Assad']));
    const names = Array.from({ length: PUT_BATCH * 2 + 7 }, (_, i) => `Person ${i}`);
    await replaceDataset(db, bundle('v2', names));
    expect(await storedMeta(db)).toEqual({ version: 'v2', asOf: '2025-01-01', entities: names.length });
    expect((await getEntity(db, `person-${names.length - 1}`))?.name).toBe(`Person ${names.length - 1}`);
    expect(await getEntity(db, 'bashar-al-assad')).toBeNull();
    // A record without its key in the third batch: the first two batches, already put, go too.
    const broken = bundle('v3', names.map((n) => `${n} B`));
    (broken.entities[PUT_BATCH * 2 + 3] as { id?: string }).id = undefined;
    await expect(replaceDataset(db, broken)).rejects.toBeTruthy();
    expect((await storedMeta(db))?.version).toBe('v2');
    expect(await getEntity(db, 'person-0-b')).toBeNull();
    expect((await getEntity(db, 'person-0'))?.name).toBe('Person 0');
  });

  it('gives up with a clear error when an old connection blocks the upgrade', async () => {
    // An older version of the extension holding the database open and ignoring versionchange.
    await new Promise<void>((resolve) => {
      const req = factory.open('newscontext', 1);
      req.onsuccess = () => resolve();
    });
    await expect(openStore(factory, 200, 2)).rejects.toThrow(/timed out/);
  });

  it('repairs a database whose older version lacks a store, so a dataset can still be written and read', async () => {
    // A version-1 database left with only one of its three stores (half made, or made by something else).
    await new Promise<void>((resolve) => {
      const req = factory.open('newscontext', 1);
      req.onupgradeneeded = () => void req.result.createObjectStore('meta');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    const db = await openStore(factory);
    await replaceDataset(db, bundle('v1', ['Bashar al-Assad']));
    expect((await getEntity(db, 'bashar-al-assad'))?.name).toBe('Bashar al-Assad');
    expect([...db.objectStoreNames].sort()).toEqual(['entities', 'image', 'index', 'meta']);
  });

  it('rejects when IndexedDB itself refuses to open', async () => {
    const refusing = { open: () => { throw new Error('The operation is insecure.'); } } as unknown as IDBFactory;
    await expect(openStore(refusing)).rejects.toThrow(/insecure/);
  });
});

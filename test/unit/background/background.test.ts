import { describe, expect, it, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';
import { compileIndex } from '../../../lib/engine/alias-index';
import { DATASET_HEAD, datasetPart, datasetPhrasePart, splitBundle } from '../../../lib/dataset';
import { record } from '../helpers';
import { unpackMentions, type PackedMentions } from '../../../lib/protocol';

type DetectReply = { mentions: PackedMentions; entities: { id: string; name: string; type: 'person' }[] };

const entities = [
  record({ id: 'asaad-al-shaibani', name: 'Asaad al-Shaibani', aliases: ['Assad al-Shaibani'], topics: ['syria'] }),
  record({
    id: 'bashar-al-assad',
    name: 'Bashar al-Assad',
    topics: ['syria'],
    description: 'Former President of Syria (2000–2024).',
    facts: [{ label: 'Office', value: 'President of Syria', since: '2000-07-17', until: '2024-12-08', source: 'https://en.wikipedia.org/wiki/Bashar_al-Assad', asOf: '2025-01-01' }],
  }),
  record({ id: 'syria', name: 'Syria', type: 'country', topics: ['syria'] }),
];
const bundle = { format: 1 as const, version: 'test-1', asOf: '2025-02-01', entities, index: compileIndex(entities, { commonWords: [], firstNames: [] }) };
// The bundle as the build ships it: a head, record parts (two here, so joining them is exercised) and phrase parts.
const { head, parts, phrases } = splitBundle(bundle, 200);
const files = new Map<string, unknown>([
  [DATASET_HEAD, head],
  ...parts.map((p, i) => [datasetPart(i), p] as [string, unknown]),
  ...phrases.map((p, i) => [datasetPhrasePart(i), p] as [string, unknown]),
]);

/** A message as a content script in tab 7 sends it (detect answers tabs only). */
function send(message: unknown, sender: unknown = { tab: { id: 7 }, frameId: 0 }): Promise<unknown> {
  const listeners = (fakeBrowser.runtime.onMessage as unknown as { trigger(...a: unknown[]): Promise<unknown[]> }).trigger(message, sender);
  return listeners.then((replies) => replies.find((r) => r !== undefined));
}

describe('background entrypoint', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => ({
        json: async () => {
          if (String(url).endsWith('dataset-version.json')) return { version: 'test-1' };
          const file = [...files.keys()].find((f) => String(url).endsWith(`/${f}`));
          if (!file) throw new Error(`no such file in the package: ${String(url)}`);
          return structuredClone(files.get(file));
        },
      })),
    );
    // fakeBrowser implements no keyboard commands; the entrypoint only registers a listener there.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    background.main();
  });

  it('answers detect with mentions and the entities they name', async () => {
    const reply = (await send({ type: 'detect', text: 'Foreign Minister Assad al-Shaibani said Syria…', meta: {} })) as DetectReply;
    expect((await unpackMentions(reply)).map((m) => m.entityId)).toEqual(['asaad-al-shaibani', 'syria']);
    expect(reply.entities.map((e) => e.name)).toEqual(['Asaad al-Shaibani', 'Syria']);
  });

  it("describes the panel's rows on the article's date when asked with one, as of today otherwise", async () => {
    const rows = async (date?: string) =>
      ((await send({ type: 'search', ids: ['bashar-al-assad', 'syria'], ...(date ? { date } : {}) })) as { results: { id: string; description: string }[] }).results.map((r) => r.description);
    // A 2015 article: he was president; "Former President of Syria (2000–2024)" contradicts that date.
    expect(await rows('2015-06-01')).toEqual(['President of Syria', 'Test entity Syria.']);
    // Must not change: no date, or a date the description holds on.
    expect(await rows()).toEqual(['Former President of Syria (2000–2024).', 'Test entity Syria.']);
    expect(await rows('2025-06-01')).toEqual(['Former President of Syria (2000–2024).', 'Test entity Syria.']);
  });

  it('serves an entity record and the dataset status', async () => {
    expect(((await send({ type: 'getEntity', id: 'bashar-al-assad' })) as { entity: { name: string } }).entity.name).toBe('Bashar al-Assad');
    expect(await send({ type: 'getEntity', id: 'nobody' })).toEqual({ entity: null });
    expect(await send({ type: 'getStatus' })).toMatchObject({ state: 'ready', version: 'test-1', entities: 3 });
  });

  it('ignores messages that are not ours and answers bad ones with an error', async () => {
    expect(await send({ type: 'somethingElse' })).toBeUndefined();
    expect(await send('hello')).toBeUndefined();
    expect(await send({ type: 'detect' })).toMatchObject({ error: expect.any(String) });
  });

  it('checks every message: detect from no tab, wrong types, another extension, oversized fields', async () => {
    expect(await send({ type: 'detect', text: 'Syria', meta: {} }, {})).toMatchObject({ error: expect.stringMatching(/tab/) });
    expect(await send({ type: 'detect', text: 42, meta: {} })).toMatchObject({ error: expect.any(String) });
    expect(await send({ type: 'getEntity', id: 'x'.repeat(5000) })).toMatchObject({ error: expect.any(String) });
    expect(await send({ type: 'getEntity', id: 'syria' }, { id: 'some-other-extension', tab: { id: 7 } })).toBeUndefined();
    // A malformed meta is dropped field by field, not trusted: the text is still read.
    const reply = (await send({ type: 'detect', text: 'Bashar al-Assad', meta: { title: { toString: 1 }, keywords: 'x' } })) as DetectReply;
    expect(await unpackMentions(reply)).toHaveLength(1);
  });

  it('a newer request from the same tab supersedes the older; other tabs are answered', async () => {
    const big = 'Syria and Bashar al-Assad. '.repeat(20_000); // several pieces: the first request is still running
    const first = send({ type: 'detect', text: big, meta: {} });
    const other = send({ type: 'detect', text: 'Syria', meta: {} }, { tab: { id: 8 }, frameId: 0 });
    const second = send({ type: 'detect', text: 'Syria', meta: {} });
    expect(await first).toMatchObject({ error: expect.stringMatching(/superseded/) });
    expect(await unpackMentions((await second) as DetectReply)).toHaveLength(1);
    expect(await unpackMentions((await other) as DetectReply)).toHaveLength(1);
  });

  it('says which detection exchanges it holds: running, done, or unknown (a content script asks after a long wait)', async () => {
    expect(await send({ type: 'detectState', key: 'k1' })).toEqual({ state: 'unknown' });
    const big = 'Syria and Bashar al-Assad. '.repeat(20_000);
    const pending = send({ type: 'detect', text: big, meta: {}, key: 'k1' });
    await new Promise((r) => setTimeout(r, 0));
    expect(await send({ type: 'detectState', key: 'k1' })).toEqual({ state: 'running' });
    // Another tab's exchange of the same name is not this one.
    expect(await send({ type: 'detectState', key: 'k1' }, { tab: { id: 8 }, frameId: 0 })).toEqual({ state: 'unknown' });
    expect(await unpackMentions((await pending) as DetectReply)).not.toHaveLength(0);
    expect(await send({ type: 'detectState', key: 'k1' })).toEqual({ state: 'done' });
    expect(await send({ type: 'detectState', key: 'k1' }, {})).toMatchObject({ error: expect.stringMatching(/tab/) });
  });

  it('a closed tab drops its pending detection', async () => {
    const big = 'Syria and Bashar al-Assad. '.repeat(20_000);
    const pending = send({ type: 'detect', text: big, meta: {} });
    await new Promise((r) => setTimeout(r, 0));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    expect(await pending).toMatchObject({ error: expect.stringMatching(/closed/) });
  });
});

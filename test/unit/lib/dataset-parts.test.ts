/**
 * The shipped dataset in parts: every file under the 5 MB that addons.mozilla.org's validator reads (a bigger one fails
 * `web-ext lint`, and the add-on cannot be listed), and the parts put back together give the bundle that was cut.
 */
import { describe, expect, it } from 'vitest';
import { bundleFiles, checkBundle, joinBundle, joinBundleSync, splitBundle } from '../../../lib/dataset';
import { realEngine } from '../helpers';

describe('dataset parts', () => {
  it('cuts the real bundle into files under 5 MB and joins them back to the same bundle', async () => {
    const { bundle } = realEngine();
    const { head, parts, phrases } = splitBundle(bundle);
    const files = new Map<string, string>();
    const names = bundleFiles(head);
    files.set(names[0], JSON.stringify(head));
    parts.forEach((p, i) => files.set(names[1 + i], JSON.stringify(p)));
    phrases.forEach((p, i) => files.set(names[1 + parts.length + i], JSON.stringify(p)));
    expect(files.size).toBe(names.length);
    for (const [name, json] of files) expect(Buffer.byteLength(json), name).toBeLessThan(5 * 1024 * 1024);
    const read = (f: string) => JSON.parse(files.get(f) ?? 'null') as unknown;
    const joined = joinBundleSync(read);
    expect(joined).toEqual(bundle);
    expect(await joinBundle(async (f) => read(f))).toEqual(bundle);
    expect(checkBundle(joined).ok).toBe(true);
  });

  it('a head from before the phrase parts (phrases inside it) still joins', () => {
    const { bundle } = realEngine();
    const { head, parts } = splitBundle(bundle);
    const old = { ...head, index: bundle.index, phraseParts: undefined };
    const joined = joinBundleSync((f) => (f.endsWith('head.json') ? old : parts[Number(/entities-(\d+)/.exec(f)?.[1])]));
    expect(joined).toEqual(bundle);
  });
});

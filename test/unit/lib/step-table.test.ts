/**
 * The walk's steps by (node, intern number) (lib/engine/steps.ts, ADR 0056) are a cache of what the trie answers by
 * key: the table must keep exactly what it is told, through growth and up to its cap, and detection must give the same
 * mentions whether each step is asked for the first time, answered from the table, or not kept (a full table) — on the
 * real index as built and as restored from its image. A table capped at 0 keeps nothing: every step goes by key, as
 * the walk did before the table.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type LoadedIndex, loadIndex, restoreIndex } from '../../../lib/engine/alias-index';
import { indexImage } from '../../../lib/engine/derived';
import { createDetector } from '../../../lib/engine/detect';
import { STEP_NONE, STEP_NOT_KEPT, STEP_UNASKED, StepTable, stepTable } from '../../../lib/engine/steps';
import type { TrieNode } from '../../../lib/engine/alias-index';
import type { InternTable } from '../../../lib/engine/intern';
import { goldenTexts } from '../../../scripts/golden';
import { realEngine } from '../helpers';

describe('StepTable', () => {
  const node = (): TrieNode => ({ next: null, cands: null });
  const intern = {} as InternTable;

  it('answers every kept step as kept, and unasked for the rest, through growth and past its cap', () => {
    fc.assert(
      fc.property(
        // Few nodes and words; many nodes and few words (steps alike but for one number share probe chains); many of
        // both (the table grows past its first 4,096 slots).
        fc.array(
          fc.oneof(
            fc.tuple(fc.nat(30), fc.nat(40), fc.boolean()),
            fc.tuple(fc.nat(3000), fc.nat(3), fc.boolean()),
            fc.tuple(fc.nat(30), fc.nat(90000), fc.boolean()),
          ),
          { maxLength: 3000, size: 'max' },
        ),
        fc.integer({ min: 0, max: 4000 }),
        (ops, max) => {
          const tab = new StepTable(node(), intern, max);
          const model = new Map<string, TrieNode | null>();
          let kept = 0;
          for (const [p, n, has] of ops) {
            const k = `${p},${n}`;
            if (model.has(k)) continue;
            const child = has ? node() : null;
            const r = tab.keep(p, n, child);
            if (kept >= max) {
              // Full: nothing kept; a child is reported as not kept, no child as none.
              expect(r).toBe(child ? STEP_NOT_KEPT : STEP_NONE);
              continue;
            }
            kept++;
            model.set(k, child);
            if (child) expect(tab.nodes[r]).toBe(child);
            else expect(r).toBe(STEP_NONE);
          }
          for (const [p, n] of ops) {
            const k = `${p},${n}`;
            const r = tab.probe(p, n);
            if (!model.has(k)) expect(r).toBe(STEP_UNASKED);
            else if (model.get(k)) expect(tab.nodes[r]).toBe(model.get(k));
            else expect(r).toBe(STEP_NONE);
            // A step differing in one number only is another step.
            if (!model.has(`${p},${n + 1}`)) expect(tab.probe(p, n + 1)).toBe(STEP_UNASKED);
            if (!model.has(`${p + 1},${n}`)) expect(tab.probe(p + 1, n)).toBe(STEP_UNASKED);
          }
          // Every step of the dense corner, kept or not.
          for (let p = 0; p <= 31; p++) {
            for (let n = 0; n <= 41; n++) {
              const want = model.get(`${p},${n}`);
              const r = tab.probe(p, n);
              expect(want === undefined ? r === STEP_UNASKED : want === null ? r === STEP_NONE : tab.nodes[r] === want).toBe(true);
            }
          }
        },
      ),
      { numRuns: 40, endOnFailure: true },
    );
  });
});

describe('detection with the step table', () => {
  const { bundle } = realEngine();
  const texts = goldenTexts();
  // Names of the index run together, some with a letter changed: multi-word names, particles and skeleton variants.
  const names = (index: LoadedIndex) => {
    const out: string[] = [];
    for (let e = 0; e < index.entities.length; e += 7) out.push(index.entities[e].name);
    return out;
  };
  const garbled = (name: string, k: number) => (k % 3 === 0 && name.length > 6 ? name.slice(0, 3) + name.slice(4) : k % 3 === 1 ? name.replace(/a/, 'e') : name);

  /** Every text's mentions on a fresh index whose step tables keep at most `max` entries. */
  function mentions(fresh: () => LoadedIndex, max: number, extra: string[]): string[] {
    const index = fresh();
    stepTable(index.exact, index.intern, max);
    stepTable(index.skel, index.intern, max);
    const det = createDetector(index);
    const out: string[] = [];
    // Twice over: the first time the steps are asked, the second time they are answered from the table.
    for (let round = 0; round < 2; round++) {
      for (const t of texts) out.push(JSON.stringify(det.detect(t.text, t.meta)));
      for (const t of extra) out.push(JSON.stringify(det.detect(t)));
    }
    return out;
  }

  for (const kind of ['built', 'restored'] as const) {
    it(`gives the same mentions asked first, kept, or not kept (${kind} index)`, () => {
      const fresh = () => {
        const built = loadIndex(bundle.index);
        return kind === 'built' ? built : restoreIndex(structuredClone(indexImage(built)))!;
      };
      const all = names(fresh());
      const extra: string[] = [];
      for (let k = 0; k < all.length; k += 40) extra.push(all.slice(k, k + 40).map((n, x) => `${garbled(n, k + x)} said that ${all[(k * 7 + x) % all.length]} and al-${n}`).join('. '));
      const byKey = mentions(fresh, 0, extra);
      expect(mentions(fresh, 1 << 15, extra)).toEqual(byKey);
      // A table that fills up partway: steps from nodes it never numbered go by key.
      expect(mentions(fresh, 300, extra)).toEqual(byKey);
    }, 120_000);
  }
});

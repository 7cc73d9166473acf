/**
 * A trie's steps by (node, intern number): the walk's answer to "which child of this node does this word lead to",
 * kept as integers once a walk has asked it. A node is known by a serial number (the root is 0), given when a step
 * first reaches it; a word by its number in the intern table. A step costs one probe in one typed array, in place of a
 * Map lookup by key string (built index) or a binary search over the node's keys (restored index), and for the
 * skeleton walk the word's skeleton string too. Filled as walks ask, from what the trie already holds: nothing is made
 * at load or restore, and the index image does not change (ADR 0056).
 */
import type { InternTable } from './intern';
import type { TrieNode } from './alias-index';

/** probe(): not asked yet. */
export const STEP_UNASKED = -2;
/** probe(): asked, and the word leads nowhere from this node. */
export const STEP_NONE = -1;

/** keep(): the table is full and the step was not kept (the child's steps go by key). */
export const STEP_NOT_KEPT = -3;

/** Entries at most (slots at most twice that): 2^15 entries, 512 kB of slots, per trie. Past it, steps are not kept. */
const MAX_ENTRIES = 1 << 15;
const FIRST_SLOTS = 1 << 12;

export class StepTable {
  /** serial → node (0: the root) */
  readonly nodes: TrieNode[];
  /** per slot: parent serial + 1 (0: empty), intern number, child serial or STEP_NONE, unused */
  private slots = new Int32Array(FIRST_SLOTS * 4);
  private mask = FIRST_SLOTS - 1;
  private count = 0;
  constructor(
    root: TrieNode,
    /** the intern table whose numbers key the steps */
    readonly intern: InternTable,
    /** entries kept at most */
    private readonly max = MAX_ENTRIES,
  ) {
    this.nodes = [root];
  }

  /** The child serial of node `p` for word `n`, STEP_NONE, or STEP_UNASKED. */
  probe(p: number, n: number): number {
    const s = this.slots;
    for (let x = (Math.imul(p, 0x9e3779b1) ^ Math.imul(n, 0x85ebca6b)) >>> 0 & this.mask; ; x = (x + 1) & this.mask) {
      const o = x << 2;
      const q = s[o];
      if (q === 0) return STEP_UNASKED;
      if (q === p + 1 && s[o + 1] === n) return s[o + 2];
    }
  }

  /**
   * Keep the step (p, n) → child (null: none); returns the child's serial, STEP_NONE for none, or STEP_NOT_KEPT when the
   * table is full (the walk then goes on from that child by its keys).
   */
  keep(p: number, n: number, child: TrieNode | null | undefined): number {
    if (this.count >= this.max) return child ? STEP_NOT_KEPT : STEP_NONE;
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const c = child ? this.nodes.push(child) - 1 : STEP_NONE;
    this.put(p, n, c);
    this.count++;
    return c;
  }

  private put(p: number, n: number, c: number): void {
    const s = this.slots;
    let x = (Math.imul(p, 0x9e3779b1) ^ Math.imul(n, 0x85ebca6b)) >>> 0 & this.mask;
    while (s[x << 2] !== 0) x = (x + 1) & this.mask;
    const o = x << 2;
    s[o] = p + 1;
    s[o + 1] = n;
    s[o + 2] = c;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = (this.mask << 1) | 1;
    for (let o = 0; o < old.length; o += 4) if (old[o] !== 0) this.put(old[o] - 1, old[o + 1], old[o + 2]);
  }
}

const tables = new WeakMap<TrieNode, StepTable>();
let lastRoot: TrieNode | null = null;
let lastTable: StepTable | null = null;
let lastRoot2: TrieNode | null = null;
let lastTable2: StepTable | null = null;

/**
 * The step table of the trie under `root` for words numbered in `intern` (one per trie; the last two kept at hand).
 * `max`: the entries a table made by this call keeps at most (tests: 0 keeps nothing, every step by key).
 */
export function stepTable(root: TrieNode, intern: InternTable, max = MAX_ENTRIES): StepTable {
  if (root === lastRoot && lastTable!.intern === intern) return lastTable!;
  if (root === lastRoot2 && lastTable2!.intern === intern) return lastTable2!;
  let tab = tables.get(root);
  if (!tab || tab.intern !== intern) tables.set(root, (tab = new StepTable(root, intern, max)));
  lastRoot2 = lastRoot;
  lastTable2 = lastTable;
  lastRoot = root;
  lastTable = tab;
  return tab;
}

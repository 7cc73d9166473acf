/**
 * Mentions (offsets into the extracted text) → DOM Ranges, and the reverse lookup a pointer or caret needs: which
 * mention covers (text node, offset). DOM helpers only; the document is reached through the nodes given.
 */
import { segmentAt, type TextSegment } from './extract';
import { eachPackedMention, type PackedMentions } from './protocol';

export interface MappedMention {
  /** index into the mentions array given to `mapMentions` */
  index: number;
  entityId: string;
  /**
   * What the highlight draws: a StaticRange where the browser has one (Chrome 105+, Firefox 140+ accept it in a
   * Highlight). A live Range is kept up to date by the browser on every change to the page, for the page's lifetime
   * (hundreds of them on a story, 15,000 on a 1 MB page); a static one costs nothing after it is made. It does not
   * follow edits: `MentionMap.stale` drops the mentions of an edited text node until the rescan maps them again.
   * Geometry and text go through `MentionMap.live`.
   */
  range: AbstractRange;
}

export interface MentionMap {
  mentions: MappedMention[];
  /** the mention covering a caret position, or -1 */
  at(node: Node, offset: number): number;
  /** every mention inside an element (e.g. a focused link) */
  inside(el: Element): number[];
  /** the mentions with a piece in this text node */
  inNode(node: Node): number[];
  /**
   * A live Range over mention i, made when asked (client rects, scrolling, its text). Collapsed when the page has since
   * edited the text so that the mention's offsets no longer exist.
   */
  live(i: number): Range;
  /**
   * The page edited this text node: its mentions' offsets may now point at other characters. Marks them stale (not
   * drawn, not hovered) and returns those not marked before; the rescan that the edit schedules maps them afresh.
   */
  markStale(node: Node): number[];
  isStale(i: number): boolean;
  /** whether any mention was marked stale */
  hasStale(): boolean;
}

/**
 * Build ranges for mentions. Mentions whose offsets no longer match the live text are dropped, not guessed.
 * `yieldNow` (optional) lets a long list be built in slices of main-thread time.
 */
export async function mapMentions(
  doc: Document,
  text: string,
  segments: TextSegment[],
  mentions: { start: number; end: number; entityId: string }[],
  yieldNow?: () => Promise<void> | null,
): Promise<MentionMap> {
  const b = mapBuilder(doc, text, segments);
  let n = 0;
  for (const m of mentions) {
    if (yieldNow && (n++ & 7) === 0) {
      const p = yieldNow();
      if (p) await p;
    }
    b.add(m.start, m.end, m.entityId);
  }
  return b.finish();
}

/**
 * The same from the background's packed reply (start, end, entity index per mention; see `packMentions`), without
 * making an object per mention first. Triples that are not whole offsets in order, or name no entity, are skipped.
 */
export async function mapPackedMentions(
  doc: Document,
  text: string,
  segments: TextSegment[],
  reply: { mentions: PackedMentions; entities: readonly { id: string }[] },
  yieldNow?: () => Promise<void> | null,
): Promise<MentionMap> {
  const b = mapBuilder(doc, text, segments);
  await eachPackedMention(reply, b.add, yieldNow, 8);
  return b.finish();
}

function mapBuilder(doc: Document, text: string, segments: TextSegment[]) {
  const out: MappedMention[] = [];
  const staticRanges = typeof StaticRange === 'function';
  /** per text node, its pieces of mentions as flat (from, to, mention) triples: offsets in the node */
  const byNode = new Map<Node, number[]>();
  // Each segment is checked against the live DOM once (0 unchecked, 1 unchanged, 2 changed), not once per mention.
  const state = new Uint8Array(segments.length);
  const unchanged = (k: number) => {
    if (state[k] === 0) state[k] = segments[k].node.data === text.slice(segments[k].start, segments[k].end) ? 1 : 2;
    return state[k] === 1;
  };
  function add(start: number, end: number, entityId: string): void {
    const a = segmentAt(segments, start);
    if (a < 0) return;
    const sa = segments[a];
    // (Most mentions end in the text node they start in: no second search then.)
    const b = end > start && end <= sa.end ? a : segmentAt(segments, end - 1);
    if (b < 0) return;
    const sb = segments[b];
    // The page may have changed since the text was collected: check before touching anything.
    if (!unchanged(a) || !unchanged(b)) return;
    const range = staticRanges
      ? new StaticRange({ startContainer: sa.node, startOffset: start - sa.start, endContainer: sb.node, endOffset: end - sb.start })
      : liveRange(doc, sa.node, start - sa.start, sb.node, end - sb.start);
    const index = out.length;
    out.push({ index, entityId, range });
    for (let k = a; k <= b; k++) {
      const s = segments[k];
      const pieces = byNode.get(s.node);
      const from = Math.max(start, s.start) - s.start;
      const to = Math.min(end, s.end) - s.start;
      if (pieces) pieces.push(from, to, index);
      else byNode.set(s.node, [from, to, index]);
    }
  }
  function finish(): MentionMap {
    const stale = new Set<number>();
    return {
      mentions: out,
      at(node, offset) {
        const p = byNode.get(node);
        if (!p) return -1;
        for (let j = 0; j < p.length; j += 3) if (offset >= p[j] && offset < p[j + 1]) return p[j + 2];
        return -1;
      },
      inNode(node) {
        const p = byNode.get(node) ?? [];
        const ids: number[] = [];
        for (let j = 2; j < p.length; j += 3) ids.push(p[j]);
        return ids;
      },
      markStale(node) {
        const fresh: number[] = [];
        const p = byNode.get(node) ?? [];
        for (let j = 2; j < p.length; j += 3) {
          if (stale.has(p[j])) continue;
          stale.add(p[j]);
          fresh.push(p[j]);
        }
        return fresh;
      },
      isStale(i) {
        return stale.has(i);
      },
      hasStale() {
        return stale.size > 0;
      },
      live(i) {
        const r = out[i].range;
        if (r instanceof Range) return r;
        return liveRange(doc, r.startContainer, r.startOffset, r.endContainer, r.endOffset);
      },
      inside(el) {
        const hits = new Set<number>();
        for (const [node, p] of byNode) if (el.contains(node)) for (let j = 2; j < p.length; j += 3) hits.add(p[j]);
        return [...hits].sort((x, y) => x - y);
      },
    };
  }
  return { add, finish };
}

/** A live Range; collapsed when the offsets no longer exist in the nodes. */
function liveRange(doc: Document, startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const range = doc.createRange();
  try {
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
  } catch {
    range.collapse(true);
  }
  return range;
}

/** The caret position under a point, in whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The client rect of a range that contains the point, if any (a caret lookup snaps to the nearest text). */
export function rectUnder(range: Range, x: number, y: number): DOMRect | null {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  }
  return null;
}

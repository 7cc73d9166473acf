/**
 * Mentions (offsets into the extracted text) → DOM Ranges, and the reverse lookup a pointer or caret needs: which
 * mention covers (text node, offset). DOM helpers only; the document is reached through the nodes given.
 */
import { segmentAt, type TextSegment } from './extract';

export interface MappedMention {
  /** index into the mentions array given to `mapMentions` */
  index: number;
  entityId: string;
  range: Range;
}

interface NodePiece {
  from: number;
  to: number;
  mention: number;
}

export interface MentionMap {
  mentions: MappedMention[];
  /** the mention covering a caret position, or -1 */
  at(node: Node, offset: number): number;
  /** every mention inside an element (e.g. a focused link) */
  inside(el: Element): number[];
  /** the mentions with a piece in this text node */
  inNode(node: Node): number[];
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
  const out: MappedMention[] = [];
  const byNode = new Map<Node, NodePiece[]>();
  // Each segment is checked against the live DOM once (0 unchecked, 1 unchanged, 2 changed), not once per mention.
  const state = new Uint8Array(segments.length);
  const unchanged = (k: number) => {
    if (state[k] === 0) state[k] = segments[k].node.data === text.slice(segments[k].start, segments[k].end) ? 1 : 2;
    return state[k] === 1;
  };
  for (const m of mentions) {
    if (yieldNow) {
      const p = yieldNow();
      if (p) await p;
    }
    const a = segmentAt(segments, m.start);
    const b = segmentAt(segments, m.end - 1);
    if (a < 0 || b < 0) continue;
    const sa = segments[a];
    const sb = segments[b];
    // The page may have changed since the text was collected: check before touching anything.
    if (!unchanged(a) || !unchanged(b)) continue;
    const range = doc.createRange();
    range.setStart(sa.node, m.start - sa.start);
    range.setEnd(sb.node, m.end - sb.start);
    const index = out.length;
    out.push({ index, entityId: m.entityId, range });
    for (let k = a; k <= b; k++) {
      const s = segments[k];
      const from = Math.max(m.start, s.start) - s.start;
      const to = Math.min(m.end, s.end) - s.start;
      let pieces = byNode.get(s.node);
      if (!pieces) byNode.set(s.node, (pieces = []));
      pieces.push({ from, to, mention: index });
    }
  }
  return {
    mentions: out,
    at(node, offset) {
      const pieces = byNode.get(node);
      if (!pieces) return -1;
      for (const p of pieces) if (offset >= p.from && offset < p.to) return p.mention;
      return -1;
    },
    inNode(node) {
      return (byNode.get(node) ?? []).map((p) => p.mention);
    },
    inside(el) {
      const hits = new Set<number>();
      for (const [node, pieces] of byNode) if (el.contains(node)) for (const p of pieces) hits.add(p.mention);
      return [...hits].sort((x, y) => x - y);
    },
  };
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

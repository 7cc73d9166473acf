/**
 * A set of half-open spans [start, end) that answers "does any span overlap [s, e)?" and "does any span cover
 * position p?" in O(log n) (issue 12): the detector asked these of every accepted mention by scanning all of them,
 * which made a text naming one person thousands of times quadratic.
 *
 * The spans are kept sorted by start, with the running maximum of their ends: among the spans that start before e,
 * one reaches past s exactly when the largest end among them does. Adding a span that starts at or after every other
 * (what the detector does, in text order) costs O(1); any other position costs O(n), and the answers stay exact.
 */
export interface SpanLookup {
  /** Some span [a, b) has a < end and start < b. */
  overlaps(start: number, end: number): boolean;
  /** Some span [a, b) has a <= at < b. */
  covers(at: number): boolean;
  add(start: number, end: number): void;
  readonly size: number;
}

export function spanLookup(spans?: Iterable<{ start: number; end: number }>): SpanLookup {
  return new Spans(spans);
}

/**
 * A class, not an object literal of closures: a literal with a getter (`size`) was made through the runtime, ~5 µs a
 * lookup, and the detector makes one per entity named in full.
 */
class Spans implements SpanLookup {
  // Array literals filled by push, not `map` results: every instance's arrays then have the same elements kind, so
  // the optimised detector that inlines `add` keeps one map check (a `map` result of an empty list did not match the
  // literal's: the optimised detectTokens deoptimised ~1,000 times in 20 passes over the real-text corpus).
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** maxEnd[i]: the largest end among spans 0..i */
  private readonly maxEnd: number[] = [];
  constructor(spans?: Iterable<{ start: number; end: number }>) {
    if (!spans) return;
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (const s of sorted) {
      this.starts.push(s.start);
      this.ends.push(s.end);
    }
    this.refresh(0);
  }
  private refresh(from: number): void {
    const { ends, maxEnd } = this;
    for (let i = from; i < ends.length; i++) maxEnd[i] = i > 0 && maxEnd[i - 1] > ends[i] ? maxEnd[i - 1] : ends[i];
  }
  /** The number of spans that start before `x`. */
  private countBefore(x: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  overlaps(start: number, end: number): boolean {
    const n = this.countBefore(end);
    return n > 0 && this.maxEnd[n - 1] > start;
  }
  covers(at: number): boolean {
    return this.overlaps(at, at + 1);
  }
  add(start: number, end: number): void {
    const { starts, ends, maxEnd } = this;
    let i = starts.length;
    if (i === 0 || starts[i - 1] <= start) {
      // At the end (the detector adds in text order): a push, not a splice and a refresh.
      starts.push(start);
      ends.push(end);
      maxEnd.push(i > 0 && maxEnd[i - 1] > end ? maxEnd[i - 1] : end);
      return;
    }
    // After every span with the same or a smaller start, as a stable sort would put it.
    i = this.countBefore(start + 1);
    starts.splice(i, 0, start);
    ends.splice(i, 0, end);
    this.refresh(i);
  }
  get size(): number {
    return this.starts.length;
  }
}

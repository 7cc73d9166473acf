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

export function spanLookup(spans: Iterable<{ start: number; end: number }> = []): SpanLookup {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts: number[] = sorted.map((s) => s.start);
  const ends: number[] = sorted.map((s) => s.end);
  /** maxEnd[i]: the largest end among spans 0..i */
  const maxEnd: number[] = [];
  const refresh = (from: number) => {
    for (let i = from; i < ends.length; i++) maxEnd[i] = i > 0 && maxEnd[i - 1] > ends[i] ? maxEnd[i - 1] : ends[i];
  };
  refresh(0);
  /** The number of spans that start before `x`. */
  const countBefore = (x: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const overlaps = (start: number, end: number) => {
    const n = countBefore(end);
    return n > 0 && maxEnd[n - 1] > start;
  };
  return {
    overlaps,
    covers: (at) => overlaps(at, at + 1),
    add(start, end) {
      // After every span with the same or a smaller start, as a stable sort would put it.
      let i = starts.length;
      if (i > 0 && starts[i - 1] > start) i = countBefore(start + 1);
      starts.splice(i, 0, start);
      ends.splice(i, 0, end);
      refresh(i);
    },
    get size() {
      return starts.length;
    },
  };
}

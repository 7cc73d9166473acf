/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions), bounded: returns
 * `max + 1` as soon as the distance must exceed `max`, so a pool of thousands of names costs little.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  // Three reused rows (called for every trie child near a garbled word: fresh arrays were most of its cost).
  if (ROW_A.length < lb + 1) {
    ROW_A = new Int32Array(lb + 1);
    ROW_B = new Int32Array(lb + 1);
    ROW_C = new Int32Array(lb + 1);
  }
  let prev2 = ROW_A;
  let prev = ROW_B;
  let cur = ROW_C;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}

let ROW_A = new Int32Array(64);
let ROW_B = new Int32Array(64);
let ROW_C = new Int32Array(64);

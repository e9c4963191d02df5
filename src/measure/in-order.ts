/**
 * How many words of a reference sequence an output keeps in order: the length of a common
 * subsequence of the two word sequences, the longest one wherever it can be computed exactly.
 *
 * Exact longest common subsequence costs |a|·|b|, too much for a novel (150,000 words on each
 * side). As diff tools do (patience diff, git's histogram diff), the sequences are first cut at
 * anchors: words that occur once in each, in the same order (a longest increasing subsequence of
 * their positions). Between two anchors, a common prefix and suffix are taken off, and what is
 * left is either small enough for the exact dynamic programme or cut again at the anchors it
 * has. A gap that is large and has no anchor is matched greedily (each reference word to its
 * next occurrence in the output): a lower bound, so the share reported is never too high.
 */

/** Cells of the exact programme above which a gap is cut at anchors instead. */
const EXACT_CELLS = 4_000_000;
/** The most occurrences a word may have on each side to pair them as anchors. */
const RARE = 8;

export function keptInOrder(reference: readonly string[], output: readonly string[]): number {
  const ids = new Map<string, number>();
  const code = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    return id;
  };
  const a = Int32Array.from(reference, code);
  const b = Int32Array.from(output, code);
  let kept = 0;
  const stack: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (stack.length > 0) {
    let [a0, a1, b0, b1] = stack.pop()!;
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) (a0++, b0++, kept++);
    while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) (a1--, b1--, kept++);
    if (a0 === a1 || b0 === b1) continue;
    if ((a1 - a0) * (b1 - b0) <= EXACT_CELLS) {
      kept += exact(a, a0, a1, b, b0, b1);
      continue;
    }
    const anchors = uniqueAnchors(a, a0, a1, b, b0, b1);
    if (anchors.length === 0) {
      kept += greedy(a, a0, a1, b, b0, b1);
      continue;
    }
    kept += anchors.length;
    let pa = a0;
    let pb = b0;
    for (const [ia, ib] of anchors) {
      stack.push([pa, ia, pb, ib]);
      pa = ia + 1;
      pb = ib + 1;
    }
    stack.push([pa, a1, pb, b1]);
  }
  return kept;
}

/** Longest common subsequence of two ranges, two rows at a time. */
function exact(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number): number {
  const m = b1 - b0;
  let prev = new Int32Array(m + 1);
  let row = new Int32Array(m + 1);
  for (let i = a0; i < a1; i++) {
    const x = a[i];
    for (let j = 1; j <= m; j++) {
      row[j] = b[b0 + j - 1] === x ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[m]!;
}

/**
 * Anchor candidates: words found once in each range (patience diff), and more generally words
 * found as often in each range, at most RARE times, their k-th occurrences paired (as git's
 * histogram diff prefers rare words); then the longest chain increasing in both.
 */
function uniqueAnchors(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number): [number, number][] {
  const inA = positions(a, a0, a1);
  const inB = positions(b, b0, b1);
  const pairs: [number, number][] = [];
  for (const [w, pa] of inA) {
    const pb = inB.get(w);
    if (pb && pb.length === pa.length && pa.length <= RARE) for (let k = 0; k < pa.length; k++) pairs.push([pa[k]!, pb[k]!]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  // longest increasing subsequence of the output positions (patience sorting)
  const tails: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = pairs[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = back[k]!) out.push(pairs[k]!);
  return out.reverse();
}

function positions(s: Int32Array, from: number, to: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = from; i < to; i++) {
    const list = out.get(s[i]!);
    if (list) list.push(i);
    else out.set(s[i]!, [i]);
  }
  return out;
}

/** Each reference word matched to its next occurrence in the output, if it has one. */
function greedy(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number): number {
  const positions = new Map<number, number[]>();
  for (let j = b0; j < b1; j++) {
    const list = positions.get(b[j]!);
    if (list) list.push(j);
    else positions.set(b[j]!, [j]);
  }
  let at = b0;
  let kept = 0;
  for (let i = a0; i < a1; i++) {
    const list = positions.get(a[i]!);
    if (!list) continue;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo < list.length) {
      kept++;
      at = list[lo]! + 1;
    }
  }
  return kept;
}

/** Searches in ascending lists of numbers (the offsets the engine keeps). */

/** The index of the first entry of the ascending list `at` greater than `x` (`at.length` when none is). */
export function upperBound(at: readonly number[], x: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The closest candidate to `input` by edit distance, if it is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(input.length / 3));
  const lowerInput = input.toLowerCase();
  for (const candidate of candidates) {
    const cutoff = Math.min(limit, bestDistance);
    // The distance is at least the difference in length: skip the candidates that cannot be as close.
    if (Math.abs(candidate.length - input.length) > cutoff) continue;
    const distance = editDistance(lowerInput, candidate.toLowerCase(), cutoff);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(input, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}

/**
 * Damerau-Levenshtein (optimal string alignment) distance, or `cutoff + 1` as soon as every alignment of a row costs
 * more than `cutoff`: a registry of thousands of IDs asks this of each candidate for each unknown name.
 */
function editDistance(a: string, b: string, cutoff: number): number {
  let beforePrevious = new Int32Array(b.length + 1);
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      row[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    // Every later row's values are at least this row's minimum less one transposition step: once the two rows
    // both exceed the cutoff, no alignment can come back under it.
    if (rowMinimum > cutoff && Math.min(...previous) > cutoff) return cutoff + 1;
    [beforePrevious, previous, row] = [previous, row, beforePrevious];
  }
  return previous[b.length]!;
}

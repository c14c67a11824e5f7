/**
 * Edit distance, for "did you mean" hints on unknown ids. Hand-written: a dozen lines, and the
 * hint is the only place the site needs it.
 */
export function editDistance(a: string, b: string): number {
  // Two rows back, for a swap of two letters side by side ("Kallsa" for "Kallas"): one edit, as a
  // reader makes it, not two (the optimal string alignment distance).
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, before[j - 2]! + 1);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/** The known ids closest to an unknown one, closest first. */
export function nearest(unknown: string, known: readonly string[], count = 3): string[] {
  return [...known]
    .map((id) => ({ id, score: id.includes(unknown) || unknown.includes(id) ? 0 : editDistance(unknown, id) }))
    .sort((x, y) => x.score - y.score || x.id.localeCompare(y.id))
    .slice(0, count)
    .map((entry) => entry.id);
}

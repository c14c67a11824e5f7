export interface Tagged {
  id: string;
  /** Entity keys such as "countries/japan". */
  keys: readonly string[];
}

export interface RelatedBrief {
  id: string;
  score: number;
  shared: string[];
}

/**
 * Ranks, for every brief, the briefs that share its entities, rarer entities counting more
 * (inverse document frequency). An inverted index from entity to briefs keeps the cost linear in
 * mentions: entities carried by more than `maxPosting` briefs (the EU, in a pack about the EU)
 * tell nothing about relatedness and are skipped, so no brief is ever compared with all others.
 * Scores add up in one array, and only the `limit` best briefs get their list of shared
 * entities: building a record for every candidate and sorting them all took a third of a
 * second on the build's thread at 1,000 briefs, with the other core idle.
 */
export function relatedBriefs(briefs: readonly Tagged[], limit = 3, maxPosting = 200): Map<string, RelatedBrief[]> {
  const keysOf = briefs.map((brief) => [...new Set(brief.keys)]);
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const counts = (key: string) => {
    const length = postings.get(key)!.length;
    return length <= maxPosting && length >= 2;
  };
  const sets = new Map<number, Set<string>>();
  const setOf = (i: number) => {
    let set = sets.get(i);
    if (!set) sets.set(i, (set = new Set(keysOf[i])));
    return set;
  };
  const scores = new Float64Array(briefs.length);
  const result = new Map<string, RelatedBrief[]>();
  briefs.forEach((brief, i) => {
    const keys = keysOf[i]!.filter(counts);
    const touched: number[] = [];
    for (const key of keys) {
      const list = postings.get(key)!;
      const weight = Math.log(1 + briefs.length / list.length);
      for (const other of list) {
        if (other === i) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight;
      }
    }
    // Higher score first, then by id: the `limit` best, kept in order as they are found.
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && briefs[a]!.id.localeCompare(briefs[b]!.id) < 0);
    const best: number[] = [];
    for (const other of touched) {
      if (best.length === limit && !before(other, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(other, best[at - 1]!)) at--;
      best.splice(at, 0, other);
      if (best.length > limit) best.pop();
    }
    result.set(
      brief.id,
      best.map((other) => ({ id: briefs[other]!.id, score: scores[other]!, shared: keys.filter((key) => setOf(other).has(key)) })),
    );
    for (const other of touched) scores[other] = 0;
  });
  return result;
}

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
 */
export function relatedBriefs(briefs: readonly Tagged[], limit = 3, maxPosting = 200): Map<string, RelatedBrief[]> {
  const postings = new Map<string, string[]>();
  for (const brief of briefs) {
    for (const key of new Set(brief.keys)) {
      const list = postings.get(key) ?? [];
      list.push(brief.id);
      postings.set(key, list);
    }
  }
  const result = new Map<string, RelatedBrief[]>();
  for (const brief of briefs) {
    const scores = new Map<string, RelatedBrief>();
    for (const key of new Set(brief.keys)) {
      const list = postings.get(key)!;
      if (list.length > maxPosting || list.length < 2) continue;
      const weight = Math.log(1 + briefs.length / list.length);
      for (const other of list) {
        if (other === brief.id) continue;
        const entry = scores.get(other) ?? { id: other, score: 0, shared: [] };
        entry.score += weight;
        entry.shared.push(key);
        scores.set(other, entry);
      }
    }
    result.set(
      brief.id,
      [...scores.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit),
    );
  }
  return result;
}

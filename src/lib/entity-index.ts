import { ENTITY_KINDS } from '../schemas/entity.ts';

export interface BriefMentions {
  id: string;
  /** Entity keys the brief declares in its frontmatter. */
  declared: readonly string[];
  /** Entity key to the ids of the sections mentioning it ("" for text before the first section). */
  mentions: Readonly<Record<string, readonly string[]>>;
}

/**
 * The entity keys a brief's frontmatter tags, e.g. "countries/japan": of a brief the build loaded,
 * or of one check read, whose frontmatter may not have passed its schema.
 */
export function declaredKeys(frontmatter: Readonly<Record<string, unknown>>): string[] {
  return ENTITY_KINDS.flatMap((kind) => {
    const ids = frontmatter[kind];
    return Array.isArray(ids) ? ids.map((id) => `${kind}/${String(id)}`) : [];
  });
}

/** Entity key to the briefs about it, each with the sections that mention it, in one pass over the mentions. */
export function entityIndex(briefs: readonly BriefMentions[]): Map<string, { brief: string; sections: string[] }[]> {
  const index = new Map<string, Map<string, Set<string>>>();
  const add = (key: string, brief: string, sections: readonly string[]) => {
    const byBrief = index.get(key) ?? new Map<string, Set<string>>();
    const set = byBrief.get(brief) ?? new Set<string>();
    sections.forEach((s) => set.add(s));
    byBrief.set(brief, set);
    index.set(key, byBrief);
  };
  for (const brief of briefs) {
    for (const key of brief.declared) add(key, brief.id, []);
    for (const [key, sections] of Object.entries(brief.mentions)) add(key, brief.id, sections);
  }
  return new Map(
    [...index].map(([key, byBrief]) => [key, [...byBrief].map(([brief, sections]) => ({ brief, sections: [...sections] }))]),
  );
}

import type { MarkdownHeading } from 'astro';
import { declaredKeys, entityIndex } from '../lib/entity-index.ts';
import { getRenderedBriefs, type BriefEntry } from './briefs.ts';

export interface EntityMention {
  entry: BriefEntry;
  /** Each section that mentions the entity (the sentences are read per page: src/data/excerpts.ts). */
  sections: { id: string; text: string; corrected: boolean }[];
}

let index: Promise<Map<string, EntityMention[]>> | undefined;

function sectionTitle(headings: MarkdownHeading[], id: string): string {
  return id === '' ? 'Opening' : (headings.find((h) => h.slug === id)?.text ?? id);
}

/** "What links here" for every entity: the briefs and, within each, the sections that mention it. */
export function getEntityMentions(): Promise<Map<string, EntityMention[]>> {
  index ??= getRenderedBriefs().then((rendered) => {
    const briefs = [...rendered.values()];
    const raw = entityIndex(briefs.map((b) => ({ id: b.entry.id, declared: declaredKeys(b.entry.data), mentions: b.mentions })));
    return new Map(
      [...raw].map(([key, list]) => [
        key,
        list.map(({ brief, sections }) => {
          const b = rendered.get(brief)!;
          const order = new Map(b.headings.map((h, i) => [h.slug, i]));
          const sorted = [...sections].sort((x, y) => (order.get(x) ?? -1) - (order.get(y) ?? -1));
          return { entry: b.entry, sections: sorted.map((id) => ({ id, text: sectionTitle(b.headings, id), corrected: b.corrected.includes(id) })) };
        }),
      ]),
    );
  });
  return index;
}

import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { compareDates } from '../lib/dates.ts';
import { ENTITY_KINDS } from '../schemas/entity.ts';

export type BriefEntry = CollectionEntry<'briefs'>;

export interface RenderedBrief {
  entry: BriefEntry;
  headings: MarkdownHeading[];
  /** Entity key ("countries/japan") to the ids of the sections that mention it. */
  mentions: Record<string, string[]>;
}

let briefs: Promise<BriefEntry[]> | undefined;
let rendered: Promise<Map<string, RenderedBrief>> | undefined;

/** Every brief, newest source first (computed once per build). */
export function getBriefs(): Promise<BriefEntry[]> {
  briefs ??= getCollection('briefs').then((list) =>
    list.sort((a, b) => compareDates(b.data.source.published, a.data.source.published) || a.data.title.localeCompare(b.data.title)),
  );
  return briefs;
}

/** Headings and entity mentions of every brief, read from the Markdown pipeline's output once per build. */
export function getRenderedBriefs(): Promise<Map<string, RenderedBrief>> {
  rendered ??= getBriefs().then(async (list) => {
    const entries = await Promise.all(
      list.map(async (entry) => {
        const { headings, remarkPluginFrontmatter } = await render(entry);
        const mentions = (remarkPluginFrontmatter['mentions'] ?? {}) as Record<string, string[]>;
        return [entry.id, { entry, headings, mentions }] as const;
      }),
    );
    return new Map(entries);
  });
  return rendered;
}

/** The entity keys a brief declares in its frontmatter, e.g. "countries/japan". */
export function declaredKeys(entry: BriefEntry): string[] {
  return ENTITY_KINDS.flatMap((kind) => entry.data[kind].map((id) => `${kind}/${id}`));
}

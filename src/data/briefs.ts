import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { compareDates, parsePartialDate, type PartialDate } from '../lib/dates.ts';
import { gitFileDates } from '../lib/git-dates.ts';

export type BriefEntry = CollectionEntry<'briefs'>;

export interface RenderedBrief {
  entry: BriefEntry;
  headings: MarkdownHeading[];
  /** Entity key ("countries/japan") to the ids of the sections that mention it. */
  mentions: Record<string, string[]>;
  /** Glossary abbreviations the brief uses. */
  abbreviations: string[];
  /** The ids of the sections that carry a correction by the site (a <Callout kind="correction">). */
  corrected: string[];
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

/** Headings and entity mentions of every brief, from its compiled MDX (the pipeline's plugins record them), once per build. */
export function getRenderedBriefs(): Promise<Map<string, RenderedBrief>> {
  rendered ??= getBriefs().then(async (list) => {
    const entries = await Promise.all(
      list.map(async (entry) => {
        const { headings, remarkPluginFrontmatter } = await render(entry).catch((error: unknown) => {
          // Loading a brief's module runs its exports: the error names the line, this the file.
          throw error instanceof Error ? Object.assign(error, { message: `${entry.filePath ?? entry.id}: ${error.message}` }) : error;
        });
        const mentions = (remarkPluginFrontmatter['mentions'] ?? {}) as Record<string, string[]>;
        const abbreviations = (remarkPluginFrontmatter['abbreviations'] ?? []) as string[];
        const corrected = (remarkPluginFrontmatter['corrected'] ?? []) as string[];
        return [entry.id, { entry, headings, mentions, abbreviations, corrected }] as const;
      }),
    );
    return new Map(entries);
  });
  return rendered;
}

let fileDates: ReturnType<typeof gitFileDates> | undefined;

/**
 * When a brief appeared on the site and when it last changed: from git (first and last commit of
 * its file), overridden by a later `updated` or change-log date in the frontmatter.
 */
export function briefDates(entry: BriefEntry): { published: PartialDate; updated: PartialDate } {
  fileDates ??= gitFileDates(new URL(import.meta.env.BRIEFING_ROOT), new URL(import.meta.env.BRIEFING_BRIEFS));
  const today = new Date().toISOString().slice(0, 10);
  const git = entry.filePath ? fileDates.get(entry.filePath) : undefined;
  const published = parsePartialDate(git?.first ?? today)!;
  const candidates = [parsePartialDate(git?.last ?? today)!, entry.data.updated, ...entry.data.changes.map((c) => c.date)];
  const updated = candidates.filter((d): d is PartialDate => d !== undefined).sort(compareDates).at(-1)!;
  return { published, updated: compareDates(updated, published) < 0 ? published : updated };
}

import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import type { Registry } from '../lib/registry.ts';
import { rehypeAbbreviations } from '../plugins/rehype-abbreviations.ts';
import { rehypeBaseLinks } from '../plugins/rehype-base-links.ts';
import { rehypeBriefChecks } from '../plugins/rehype-brief-checks.ts';
import { rehypeDates } from '../plugins/rehype-dates.ts';
import { rehypeEntityLinks } from '../plugins/rehype-entity-links.ts';
import { rehypeFormerIds, sectionAnchorOptions } from '../plugins/rehype-section-anchors.ts';
import { rehypeTypography } from '../plugins/rehype-typography.ts';
import { remarkHeadingIds } from '../plugins/remark-heading-ids.ts';

/**
 * The Markdown pipeline of a brief, in one place: Astro's configured processor and the loader's
 * render workers both build it from here. remark-gfm runs once, as our plugin; Astro's
 * smartypants is replaced by a faster rehype pass.
 */
export function briefMarkdownOptions({ registry, base }: { registry: Registry; base: string }): UnifiedProcessorOptions {
  return {
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkGfm, remarkHeadingIds],
    rehypePlugins: [
      rehypeTypography,
      rehypeBriefChecks,
      rehypeHeadingIds,
      [rehypeBaseLinks, { base }],
      [rehypeEntityLinks, { entities: registry.entities, base }],
      [rehypeAbbreviations, { glossary: registry.glossary, base }],
      rehypeDates,
      rehypeFormerIds,
      [rehypeAutolinkHeadings, sectionAnchorOptions],
    ],
  };
}

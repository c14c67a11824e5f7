import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';

/**
 * Where the compiled brief's headings are left for `npm run check`, which compiles through the
 * same processor but only gets back the frontmatter object it passed in. A symbol key stays out
 * of the frontmatter MDX exports.
 */
export const SECTIONS = Symbol.for('briefing.sections');

export function rehypeRecordSections() {
  return (_tree: unknown, file: VFile) => {
    const frontmatter = file.data.astro?.frontmatter as Record<PropertyKey, unknown> | undefined;
    if (frontmatter) frontmatter[SECTIONS] = (file.data.astro?.headings ?? []) as MarkdownHeading[];
  };
}

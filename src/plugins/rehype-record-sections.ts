import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import type { BodyLink } from '../lib/site-links.ts';

/**
 * Where the compiled brief's section ids, site links and headings are left for `npm run check`, which
 * compiles through the same processor but only gets back the frontmatter object it passed in.
 * A symbol key stays out of the frontmatter MDX exports.
 */
export const SECTIONS = Symbol.for('briefing.sections');
export const LINKS = Symbol.for('briefing.links');
/** What the module's getHeadings() returns: Astro's own list, complete only once the compile is (its last pass makes it). */
export const HEADINGS = Symbol.for('briefing.headings');

export function rehypeRecordSections() {
  return (tree: Root, file: VFile) => {
    const frontmatter = file.data.astro?.frontmatter as Record<PropertyKey, unknown> | undefined;
    if (!frontmatter) return;
    const ids: string[] = [];
    const links: BodyLink[] = [];
    visit(tree, 'element', (node) => {
      const rank = headingRank(node);
      if ((rank === 2 || rank === 3) && typeof node.properties['id'] === 'string') ids.push(node.properties['id']);
      const href = node.tagName === 'a' ? node.properties['href'] : undefined;
      // As written, with the base path the build added (rehype-base-links), and the line it is on.
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) links.push({ href, line: node.position?.start.line });
    });
    frontmatter[SECTIONS] = ids;
    frontmatter[LINKS] = links;
    frontmatter[HEADINGS] = () => file.data.astro?.headings ?? [];
  };
}

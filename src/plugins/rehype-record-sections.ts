import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Where the compiled brief's section ids are left for `npm run check`, which compiles through
 * the same processor but only gets back the frontmatter object it passed in. A symbol key stays
 * out of the frontmatter MDX exports.
 */
export const SECTIONS = Symbol.for('briefing.sections');

export function rehypeRecordSections() {
  return (tree: Root, file: VFile) => {
    const frontmatter = file.data.astro?.frontmatter as Record<PropertyKey, unknown> | undefined;
    if (!frontmatter) return;
    const ids: string[] = [];
    visit(tree, 'element', (node) => {
      const rank = headingRank(node);
      if ((rank === 2 || rank === 3) && typeof node.properties['id'] === 'string') ids.push(node.properties['id']);
    });
    frontmatter[SECTIONS] = ids;
  };
}

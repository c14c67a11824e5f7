import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { isBrief } from './is-brief.ts';

/**
 * Keeps old links working: each former id of a section (frontmatter `formerIds`) becomes an
 * empty anchor just before the section's heading, so `#old-id` lands on the renamed section
 * without JavaScript.
 */
export function rehypeFormerIds() {
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    const formerIds = (file.data.astro?.frontmatter?.['formerIds'] ?? {}) as Record<string, string[]>;
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties['id'];
      // Own keys only: a section called "constructor" must not find Object.prototype.constructor.
      const former = typeof id === 'string' && Object.hasOwn(formerIds, id) ? formerIds[id] : undefined;
      if (!former || !parent || index === undefined || !headingRank(node)) return;
      const anchors: Element[] = former.map((old) => ({
        type: 'element',
        tagName: 'span',
        properties: { id: old, className: ['former-anchor'], dataFormerOf: id },
        children: [],
      }));
      parent.children.splice(index, 0, ...anchors);
      return index + anchors.length + 1;
    });
  };
}

/** Options for rehype-autolink-headings: a visible "#" link after each h2/h3, named for screen readers. */
export const sectionAnchorOptions = {
  behavior: 'after' as const,
  test: (node: Element) => headingRank(node) === 2 || headingRank(node) === 3,
  properties: (node: Element) => ({
    className: ['anchor-link'],
    dataPagefindIgnore: '',
    'aria-label': `Copy link to section: ${toString(node)}`,
  }),
  content: { type: 'element' as const, tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text' as const, value: '#' }] },
  group: (node: Element): Element => ({
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrapper', `level-h${headingRank(node)}`] },
    children: [],
  }),
};

import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { isPageId } from '../lib/page-ids.ts';
import { isBrief } from './is-brief.ts';

/**
 * Keeps every id on a brief's page unique, whatever its headings say: a heading whose id is
 * one the page itself uses ("Main", "Key points heading") gets a suffix, and a second heading
 * with the same id is already refused by rehype-brief-checks. Runs after the ids are made;
 * @astrojs/mdx collects the headings it exports afterwards, from the tree.
 */
export function rehypeUniqueIds() {
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    // Every id of the body, headings' too: "## Main" renamed "main-section" clashed with a
    // heading "## Main section".
    const taken = new Set<string>();
    const clashing: Element[] = [];
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      taken.add(id);
      if (headingRank(node) && isPageId(id)) clashing.push(node);
    });
    // Renamed once every id is known, in the order of the page.
    for (const node of clashing) {
      const id = node.properties['id'] as string;
      let next = `${id}-section`;
      for (let n = 2; taken.has(next) || isPageId(next); n++) next = `${id}-section-${n}`;
      node.properties['id'] = next;
      taken.add(next);
    }
  };
}

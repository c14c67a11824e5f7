import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Authors write site links from the root ("/briefs/x/#y"); when the site is served under a base
 * path, this prefixes it so the same content works at "/" and at "/briefing/".
 */
export function rehypeBaseLinks({ base }: { base: string }) {
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties['href'] = base + href.slice(1);
      }
    });
  };
}

import type { Root } from 'hast';
import { visit } from '../lib/visit.ts';

/** The attribute of an element that holds a site address. */
const ADDRESS: Readonly<Record<string, string>> = { a: 'href', img: 'src' };

/**
 * Authors write site links and images from the root ("/briefs/x/#y", "/images/c.png"); when the
 * site is served under a base path, this prefixes them so the same content works at "/" and at
 * "/briefing/".
 */
export function rehypeBaseLinks({ base }: { base: string }) {
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node) => {
      const name = ADDRESS[node.tagName];
      const value = name && node.properties[name];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[name!] = base + value.slice(1);
    });
  };
}

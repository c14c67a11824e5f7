import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from '../lib/visit.ts';
import { isBrief } from './is-brief.ts';

/**
 * A note of the site's (`<Callout>`) points to another brief by its title ("see [Kallas urges the
 * EU to deepen security ties with Asia](/briefs/kallas-asia-security/#…)"). Indexed, those words
 * made this brief a search result for "Finland" or "Kallas", which it does not discuss. The link's
 * text stays on the page and is left out of the search index (Pagefind's `data-pagefind-ignore`).
 * Runs before the base path is added to links (rehype-base-links.ts), on links written from the root.
 */
export function rehypeCrossReferences() {
  return (tree: Root, file: VFile) => {
    // Most briefs link no other: their text says so without a walk of the tree.
    if (!isBrief(file) || !String(file.value).includes('/briefs/')) return;
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (note) => {
      if ((note as { name?: string | null }).name !== 'Callout') return;
      visit(note, 'element', (node) => {
        const link = node as Element;
        const href = link.properties['href'];
        if (link.tagName === 'a' && typeof href === 'string' && /^\/briefs\/[^/#?]+\//.test(href)) link.properties['dataPagefindIgnore'] = '';
      });
    });
  };
}

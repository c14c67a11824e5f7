import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { Element, ElementContent, Root, Parent } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * Calm text: a brief's body carries at most one link per {@link WORDS_PER_LINK} words, and never
 * two links side by side. Shared by the entity-link and abbreviation plugins.
 */
export const WORDS_PER_LINK = 40;

/** Words as a reader counts them: runs of text holding a letter or a digit. */
export function countWords(text: string): number {
  // One match per run that holds one: from its first letter or digit to the run's end. Not a
  // split into every run, which was 5% of a brief's compile (docs/performance.md).
  return text.match(WORD)?.length ?? 0;
}

const WORD = /[\p{L}\p{N}]\S*/gu;

export function treeWords(tree: Root): number {
  return countWords(toString(tree));
}

/** How many links the body may carry in all: one per 40 words, at least one. */
export function linkBudget(words: number, wordsPerLink = WORDS_PER_LINK): number {
  return Math.max(1, Math.floor(words / wordsPerLink));
}

/** Text that leaves two links "side by side": nothing but spaces, brackets, dashes or slashes. */
export const ADJACENT_GAP = /^[\s()[\]/–—-]*$/u;

/** Props of brief components that render as one link each (a callout's reference, a section's passage). */
const LINK_PROPS = new Set(['refUrl', 'sourceUrl']);

/** Counts the links (`a` elements) in a tree, and those its brief components will render. */
export function countLinks(node: Root | Element | MdxJsxFlowElementHast | MdxJsxTextElementHast): number {
  let n = 0;
  for (const child of node.children) {
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
      n += child.attributes.filter((a) => a.type === 'mdxJsxAttribute' && LINK_PROPS.has(a.name)).length + countLinks(child);
      continue;
    }
    if (child.type !== 'element') continue;
    if (child.tagName === 'a') n++;
    else n += countLinks(child);
  }
  return n;
}

/**
 * The sibling links next to position `index` of `parent`, skipping only text that would leave
 * them side by side: whether a link placed at `index` would touch one before or after it.
 */
export function touchesLink(siblings: readonly ElementContent[], index: number, direction: -1 | 1): boolean {
  for (let i = index + direction; i >= 0 && i < siblings.length; i += direction) {
    const sibling = siblings[i]!;
    if (sibling.type === 'text') {
      if (ADJACENT_GAP.test(sibling.value)) continue;
      return false;
    }
    if (sibling.type === 'element') return sibling.tagName === 'a' || (sibling.tagName !== 'abbr' && containsEdgeLink(sibling, direction));
    return false;
  }
  return false;
}

function containsEdgeLink(element: Element, direction: -1 | 1): boolean {
  const children = element.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
  const edge = direction === -1 ? children.at(-1) : children[0];
  return edge?.type === 'element' && (edge.tagName === 'a' || containsEdgeLink(edge, direction));
}

/** Turns a link back into its text, in place (its children take its place in the parent). */
export function unwrap(parent: Parent, link: Element): void {
  const index = parent.children.indexOf(link);
  if (index !== -1) parent.children.splice(index, 1, ...link.children);
}

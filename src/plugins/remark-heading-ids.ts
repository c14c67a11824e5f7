import type { Root } from 'mdast';
// Brings in the `hProperties` field of mdast nodes' data, which remark-rehype copies onto elements.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

const EXPLICIT_ID = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/**
 * Lets a heading pin its id so rewording it never breaks links: `## New wording [#old-id]`.
 * The `{#id}` syntax of other tools is a JavaScript expression in MDX, hence brackets.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (node) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const match = EXPLICIT_ID.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
    });
  };
}

import type { Root } from 'mdast';
// Brings in the `hProperties` field of mdast nodes' data, which remark-rehype copies onto elements.
import type {} from 'mdast-util-to-hast';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { invalidBrief } from '../lib/brief-checks.ts';

const EXPLICIT_ID = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/** What looks like a pin but is not one: the heading would show it and take another id. */
const MALFORMED_ID = /\[#([^\]]*)\]\s*$/;

/**
 * Lets a heading pin its id so rewording it never breaks links: `## New wording [#old-id]`.
 * The `{#id}` syntax of other tools is a JavaScript expression in MDX, hence brackets.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const match = EXPLICIT_ID.exec(last.value);
      if (!match) {
        const malformed = MALFORMED_ID.exec(last.value);
        if (malformed) {
          const line = node.position?.start.line;
          const message = `the heading's pinned id "[#${malformed[1]}]" is not an id: write lower-case letters, digits and single hyphens, e.g. [#old-wording]`;
          throw invalidBrief(file.path, [{ field: 'body', message, ...(line ? { line } : {}) }]);
        }
        return;
      }
      last.value = last.value.slice(0, match.index);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
    });
  };
}

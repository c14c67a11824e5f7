import type { Root } from 'hast';
import { SKIP, visit } from '../lib/visit.ts';
import { smartypants } from '../lib/typography.ts';

/** Curly quotes, dashes and ellipses in text, never inside code. */
export function rehypeTypography() {
  return (tree: Root) => {
    let last = '';
    visit(tree, (node) => {
      if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return SKIP;
      if (node.type !== 'text') return undefined;
      node.value = smartypants(node.value, last);
      last = node.value.at(-1) ?? last;
      return undefined;
    });
  };
}

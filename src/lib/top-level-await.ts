import type { Node } from 'estree';
import { CONTINUE, EXIT, SKIP, visit } from 'estree-util-visit';

/**
 * Whether code awaits outside any function of its own: an `{await …}` expression or prop, or an
 * `export const x = await …`. MDX then compiles the brief's content to an async function (as
 * @mdx-js/mdx's recma-document decides, by the same rule), and code that wraps such an
 * expression must be async too.
 */
export function awaitsAtTopLevel(node: Node): boolean {
  let found = false;
  visit(node, (child) => {
    if (child.type === 'ArrowFunctionExpression' || child.type === 'FunctionExpression' || child.type === 'FunctionDeclaration') return SKIP;
    if (child.type === 'AwaitExpression' || (child.type === 'ForOfStatement' && child.await)) {
      found = true;
      return EXIT;
    }
    return CONTINUE;
  });
  return found;
}

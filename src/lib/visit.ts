import type { Node, Parent } from 'unist';
import type { BuildVisitor, VisitorResult } from 'unist-util-visit';

/** Do not walk into the node's children (as unist-util-visit's SKIP). */
export const SKIP = 'skip';
/** Stop the walk (as unist-util-visit's EXIT). */
export const EXIT = false;

/** What the site's plugins test a node by: its type, or one of several types. */
type TypeTest = string | readonly string[];

/**
 * unist-util-visit's `visit`, preorder, for a test by type: the same visitor, the same order, the
 * same results (SKIP, EXIT, an index to go on from, or an [action, index] pair), the same types.
 * Hand-written because unist-util-visit creates a function for every node it visits, defines
 * that function's `name` for stack traces and looks the node's index up in its parent: its own
 * work was an eighth of a brief's compile, and the site's plugins walk each brief fourteen times
 * (docs/performance.md). Astro's and MDX's plugins keep the library; tests/unit/visit.test.ts
 * holds this walk to the library's on random trees.
 */
export function visit<Tree extends Node, Check extends TypeTest>(tree: Tree, check: Check, visitor: BuildVisitor<Tree, Check>): undefined;
export function visit<Tree extends Node>(tree: Tree, visitor: BuildVisitor<Tree>): undefined;
export function visit(tree: Node, checkOrVisitor: TypeTest | Visit, maybeVisitor?: Visit): undefined {
  const visitor = typeof checkOrVisitor === 'function' ? checkOrVisitor : maybeVisitor!;
  const check = typeof checkOrVisitor === 'function' ? undefined : checkOrVisitor;
  const matches = check === undefined ? () => true : typeof check === 'string' ? (node: Node) => node.type === check : (node: Node) => check.includes(node.type);
  walk(tree, undefined, undefined, visitor, matches);
  return undefined;
}

type Visit = (node: Node, index: number | undefined, parent: Parent | undefined) => VisitorResult;

/** Visits a node, then its children; returns the action and the index to go on from. */
function walk(node: Node, index: number | undefined, parent: Parent | undefined, visitor: Visit, matches: (node: Node) => boolean): [unknown, number | undefined] {
  const result = matches(node) ? toResult(visitor(node, index, parent)) : NONE;
  if (result[0] === EXIT) return result;
  const children = (node as Partial<Parent>).children;
  if (children && result[0] !== SKIP) {
    let offset = 0;
    // Read on every turn: a visitor may add or remove its parent's children.
    while (offset > -1 && offset < children.length) {
      const sub = walk(children[offset]!, offset, node as Parent, visitor, matches);
      if (sub[0] === EXIT) return sub;
      offset = typeof sub[1] === 'number' ? sub[1] : offset + 1;
    }
  }
  return result;
}

const NONE: [unknown, number | undefined] = [undefined, undefined];

/** A visitor's return value as unist-util-visit-parents reads it. */
function toResult(value: VisitorResult): [unknown, number | undefined] {
  if (Array.isArray(value)) return value as [unknown, number | undefined];
  if (typeof value === 'number') return [true, value];
  return value === null || value === undefined ? NONE : [value, undefined];
}

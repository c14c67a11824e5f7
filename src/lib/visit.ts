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
 * work was an eighth of a brief's compile, and the site's plugins walk each brief eleven times
 * (docs/performance.md). Astro's and MDX's plugins keep the library; tests/unit/visit.test.ts
 * holds this walk to the library's on random trees.
 */
export function visit<Tree extends Node, Check extends TypeTest>(tree: Tree, check: Check, visitor: BuildVisitor<Tree, Check>): undefined;
export function visit<Tree extends Node>(tree: Tree, visitor: BuildVisitor<Tree>): undefined;
export function visit(tree: Node, checkOrVisitor: TypeTest | Visit, maybeVisitor?: Visit): undefined {
  const visitor = typeof checkOrVisitor === 'function' ? checkOrVisitor : maybeVisitor!;
  const check = typeof checkOrVisitor === 'function' ? undefined : checkOrVisitor;
  const matches = check === undefined ? () => true : typeof check === 'string' ? (node: Node) => node.type === check : (node: Node) => check.includes(node.type);
  walk(tree, undefined, undefined, { visitor, matches, next: undefined });
  return undefined;
}

type Visit = (node: Node, index: number | undefined, parent: Parent | undefined) => VisitorResult;

/** One walk: its visitor, its test, and the index the last visited node's visitor asked to go on from. */
interface Walk {
  visitor: Visit;
  matches: (node: Node) => boolean;
  next: number | undefined;
}

/** What a visitor asks of the walk: go on, not into this node's children, or stop. */
const GO = 0;
const SKIPPED = 1;
const STOPPED = 2;
type Action = typeof GO | typeof SKIPPED | typeof STOPPED;

/**
 * Visits a node, then its children; returns the visitor's action, and leaves the index it asked
 * to go on from in `run.next`. Small numbers, not unist-util-visit's [action, index] pairs:
 * V8 optimised the walk over those pairs and threw the optimised code away again some twice a
 * brief (`--trace-deopt`).
 */
function walk(node: Node, index: number | undefined, parent: Parent | undefined, run: Walk): Action {
  let action: Action = GO;
  if (run.matches(node)) action = read(run.visitor(node, index, parent), run);
  else run.next = undefined;
  const next = run.next;
  if (action === STOPPED) return STOPPED;
  const children = (node as Partial<Parent>).children;
  if (children && action !== SKIPPED) {
    let offset = 0;
    // Read on every turn: a visitor may add or remove its parent's children.
    while (offset > -1 && offset < children.length) {
      if (walk(children[offset]!, offset, node as Parent, run) === STOPPED) return STOPPED;
      offset = run.next ?? offset + 1;
    }
  }
  run.next = next;
  return action;
}

/** A visitor's return value, as unist-util-visit-parents reads it: the action, and any index into `run.next`. */
function read(value: VisitorResult, run: Walk): Action {
  run.next = undefined;
  if (value === undefined || value === null) return GO;
  if (typeof value === 'number') {
    run.next = value;
    return GO;
  }
  if (Array.isArray(value)) {
    const [action, next] = value as [unknown, unknown];
    if (typeof next === 'number') run.next = next;
    return action === EXIT ? STOPPED : action === SKIP ? SKIPPED : GO;
  }
  return value === EXIT ? STOPPED : value === SKIP ? SKIPPED : GO;
}

/** Whether `tree`, or a node it holds, is of a type `check` names and passes `test`: the walk stops at the first. */
export function holds(tree: Node, check: TypeTest, test: (node: Node) => boolean = () => true): boolean {
  let found = false;
  visit(tree, (node) => {
    if (!(typeof check === 'string' ? node.type === check : check.includes(node.type)) || !test(node)) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

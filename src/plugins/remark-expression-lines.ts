import type { Expression, Identifier, Program, Statement } from 'estree';
import { GAVE_NOTHING } from '../lib/brief-checks.ts';
import type { Root } from 'mdast';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { awaitsAtTopLevel } from '../lib/top-level-await.ts';
import { isBrief } from './is-brief.ts';

/** What MDX keeps of a `{expression}` or a computed prop: the program acorn parsed from it. */
interface WithEstree {
  data?: { estree?: Program | null | undefined } | undefined;
}

/**
 * Gives an error thrown by a brief's `{expression}`, a computed prop or an exported value the line
 * it is on.
 * Such an error is thrown when the page renders, in the compiled module, where nothing ties it to
 * the brief's text any more: the build named the brief's file (src/middleware.ts), not the line.
 * `npm run check` runs the expressions that need only JavaScript, the frontmatter and props
 * (src/lib/run-expressions.ts); one that uses an import or an export throws only here. Each
 * expression becomes `(() => { try { return EXPR } catch (error) { throw new Error("line N: …") } })()`,
 * which gives the same value; one that awaits, `await (async () => { try { return await EXPR } … })()`,
 * so that MDX still makes the content async, and a rejection is caught with its line. One in the
 * text is then handed to a check that throws, with its line, when it gave undefined (wrap).
 * Hand-written: MDX and Astro report a render error without its line.
 */
export function remarkExpressionLines() {
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    visit(tree, (node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') wrap(node, true);
      if (node.type === 'mdxjsEsm') wrapExports(node);
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'object' && attribute.value) wrap(attribute.value);
      }
    });
  };
}

/**
 * Replaces the expression's program with one that wraps it (the one MDX parsed stays as it was,
 * for check). An expression in the text (`shown`) that gives undefined shows nothing where it
 * stands, almost always a misspelt name: it throws too, so the dev server, whose compile does not
 * run the brief's code beforehand as check and the build do (src/lib/run-expressions.ts), stops
 * on it as they do.
 */
function wrap(node: WithEstree, shown = false): void {
  const program = node.data?.estree;
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  const line = statement?.loc?.start.line;
  if (!program || statement?.type !== 'ExpressionStatement' || !line) return;
  node.data!.estree = { ...program, body: [{ ...statement, expression: atLine(statement.expression, line, undefined, shown) }] };
}

/** `export const x = EXPR`: EXPR runs when the brief's module loads, which the build does before rendering any page. */
function wrapExports(node: WithEstree): void {
  const program = node.data?.estree;
  if (!program) return;
  node.data!.estree = {
    ...program,
    body: program.body.map((statement) => {
      if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') return statement;
      const declarations = statement.declaration.declarations.map((declarator) => {
        const line = declarator.init?.loc?.start.line;
        return declarator.init && line ? { ...declarator, init: atLine(declarator.init, line, 'this export throws when the brief loads') } : declarator;
      });
      return { ...statement, declaration: { ...statement.declaration, declarations } };
    }),
  };
}

function atLine(expression: Expression, line: number, what = 'this expression throws when its page renders', shown = false): Expression {
  const awaits = awaitsAtTopLevel(expression);
  const error: Identifier = { type: 'Identifier', name: 'error' };
  const message: Expression = {
    type: 'BinaryExpression',
    operator: '+',
    left: { type: 'Literal', value: `line ${line}: ${what}: ` },
    right: { type: 'CallExpression', optional: false, callee: { type: 'Identifier', name: 'String' }, arguments: [error] },
  };
  const cause: Expression = { type: 'ObjectExpression', properties: [{ type: 'Property', kind: 'init', method: false, shorthand: false, computed: false, key: { type: 'Identifier', name: 'cause' }, value: error }] };
  const call: Expression = {
    type: 'CallExpression',
    optional: false,
    arguments: [],
    callee: {
      type: 'ArrowFunctionExpression',
      async: awaits,
      expression: false,
      params: [],
      body: {
        type: 'BlockStatement',
        body: [
          {
            type: 'TryStatement',
            block: { type: 'BlockStatement', body: [{ type: 'ReturnStatement', argument: awaits ? { type: 'AwaitExpression', argument: expression } : expression }] },
            handler: {
              type: 'CatchClause',
              param: error,
              body: { type: 'BlockStatement', body: [{ type: 'ThrowStatement', argument: { type: 'NewExpression', callee: { type: 'Identifier', name: 'Error' }, arguments: [message, cause] } }] },
            },
            finalizer: null,
          },
        ],
      },
    },
  };
  const result: Expression = awaits ? { type: 'AwaitExpression', argument: call } : call;
  if (!shown) return result;
  // ((value) => { if (value === undefined) throw new Error(…); return value; })(RESULT): outside the
  // try, so the error is not wrapped again, and `value` is a parameter that the brief's own code,
  // evaluated before the call, never sees.
  const value: Identifier = { type: 'Identifier', name: 'value' };
  const check: Statement[] = [
    {
      type: 'IfStatement',
      test: { type: 'BinaryExpression', operator: '===', left: value, right: { type: 'Identifier', name: 'undefined' } },
      consequent: { type: 'ThrowStatement', argument: { type: 'NewExpression', callee: { type: 'Identifier', name: 'Error' }, arguments: [{ type: 'Literal', value: `line ${line}: ${GAVE_NOTHING}: check the spelling of the names in it` }] } },
      alternate: null,
    },
    { type: 'ReturnStatement', argument: value },
  ];
  return { type: 'CallExpression', optional: false, arguments: [result], callee: { type: 'ArrowFunctionExpression', async: false, expression: false, params: [value], body: { type: 'BlockStatement', body: check } } };
}

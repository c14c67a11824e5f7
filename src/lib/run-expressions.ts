import { runInNewContext } from 'node:vm';
import type { Program } from 'estree';
import { EXIT, visit } from 'estree-util-visit';
import { propProblems, type BriefComponentName } from '../schemas/brief-components.ts';
import type { Problem } from './brief-checks.ts';
import { freeNames } from './free-names.ts';

/**
 * An `{expression}` of a brief, or a prop computed by one: its source and the tree MDX parsed it
 * into. The compiler only records them; whether one can run is worked out here, in check only.
 */
export interface BriefExpression {
  source: string;
  line: number | undefined;
  program: Program;
}

/** A brief component with props computed by expressions: its literal props, and the rest. */
export interface ComponentCall {
  component: BriefComponentName;
  line: number | undefined;
  props: Record<string, unknown>;
  computed: ({ prop: string } & Omit<BriefExpression, 'line'>)[];
}

/** Where the compiler leaves a brief's expressions and component calls for `npm run check` (see SECTIONS in rehype-record-sections). */
export const EXPRESSIONS = Symbol.for('briefing.expressions');
export const COMPONENT_CALLS = Symbol.for('briefing.component-calls');

/** JavaScript's own globals, as a fresh realm has them: no process, no require, no file system. */
const LANGUAGE_GLOBALS = new Set(runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[]);

/**
 * Expressions run when their page renders, so one that throws (`{JSON.parse("")}`) or never
 * returns fails only the build. Check runs each one that needs nothing but JavaScript itself, in
 * a realm of its own with a time limit, and reports what the render would meet, with the line.
 * One that uses props, frontmatter, an import or anything of the host is left to the build.
 */
export function expressionProblems(expressions: readonly BriefExpression[], timeoutMs = 1000): Problem[] {
  const problems: Problem[] = [];
  for (const { source, line, program } of expressions) {
    if (!selfContained(program)) continue;
    try {
      run(source, timeoutMs);
    } catch (error) {
      const e = error as { code?: string; name?: string; message?: string };
      const message =
        e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT'
          ? `this expression did not finish within ${timeoutMs / 1000} s: its page would never render`
          : `this expression throws when its page renders: ${e.name ?? 'Error'}: ${e.message ?? String(error)}`;
      problems.push({ field: 'body', message, ...(line ? { line } : {}) });
    }
  }
  return problems;
}

/**
 * The props a brief component would render with, where every computed one needs only JavaScript:
 * checked as the component checks them (briefProps), with the line. An expression that throws is
 * reported by expressionProblems.
 */
export function componentProblems(calls: readonly ComponentCall[], timeoutMs = 1000): Problem[] {
  const problems: Problem[] = [];
  for (const { component, line, props, computed } of calls) {
    if (!computed.every(({ program }) => selfContained(program))) continue;
    const all = { ...props };
    try {
      for (const { prop, source } of computed) all[prop] = run(source, timeoutMs);
    } catch {
      continue;
    }
    for (const message of propProblems(component, all)) problems.push({ field: 'body', message, ...(line ? { line } : {}) });
  }
  return problems;
}

/**
 * Whether an expression needs nothing but JavaScript: not `{/* a comment *\/}`, which holds
 * none, nor one with JSX, `import.meta` or `import()` (Astro's runtime or a module), and no name
 * from outside but the language's own globals.
 */
function selfContained(program: Program): boolean {
  if (program.body.length === 0) return false;
  let needsModule = false;
  visit(program, (node) => {
    if (!node.type.startsWith('JSX') && node.type !== 'MetaProperty' && node.type !== 'ImportExpression') return;
    needsModule = true;
    return EXIT;
  });
  return !needsModule && [...freeNames([program]).keys()].every((name) => LANGUAGE_GLOBALS.has(name));
}

/**
 * Runs an expression in a realm of its own; a value that is data (a component's props are) is
 * copied into this realm, so the schemas see this realm's arrays and objects.
 */
function run(source: string, timeoutMs: number): unknown {
  const value: unknown = runInNewContext(`(${source}\n)`, Object.create(null), { timeout: timeoutMs });
  if (typeof value !== 'object' || value === null) return value;
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

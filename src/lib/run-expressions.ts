import { runInNewContext } from 'node:vm';
import type { Problem } from './brief-checks.ts';

/** An `{expression}` of a brief, or a prop computed by one, with the names it takes from outside. */
export interface BriefExpression {
  source: string;
  line: number | undefined;
  /** Free names (src/lib/free-names.ts). */
  names: string[];
}

/** Where the compiler leaves a brief's expressions for `npm run check` (see SECTIONS in rehype-record-sections). */
export const EXPRESSIONS = Symbol.for('briefing.expressions');

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
  for (const { source, line, names } of expressions) {
    if (!names.every((name) => LANGUAGE_GLOBALS.has(name))) continue;
    try {
      runInNewContext(`(${source}\n)`, Object.create(null), { timeout: timeoutMs });
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

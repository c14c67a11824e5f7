import { runInNewContext } from 'node:vm';
import type { Program } from 'estree';
import { EXIT, visit } from 'estree-util-visit';
import { propProblems, type BriefComponentName } from '../schemas/brief-components.ts';
import { GAVE_NOTHING, type Problem } from './brief-checks.ts';
import { freeNames } from './free-names.ts';
import { nearest } from './nearest.ts';
import { awaitsAtTopLevel } from './top-level-await.ts';

/**
 * An `{expression}` of a brief, or a prop computed by one: its source and the tree MDX parsed it
 * into. The compiler only records them; whether one can run is worked out here, in check only.
 */
export interface BriefExpression {
  source: string;
  line: number | undefined;
  program: Program;
  /** In the text, printed where it stands (`{…}`), not a prop's value (`data={…}`). */
  printed?: boolean;
}

/** A brief component with props computed by expressions: its literal props, and the rest. */
export interface ComponentCall {
  component: BriefComponentName;
  line: number | undefined;
  props: Record<string, unknown>;
  computed: ({ prop: string } & Omit<BriefExpression, 'line'>)[];
}

/** A block of the brief's own module code (`export const …`, `import …`), as MDX parsed it; `offset` is where it starts in the file. */
export interface BriefEsm extends BriefExpression {
  offset: number;
}

/** Where the compiler leaves a brief's expressions, component calls and module code for `npm run check` (see SECTIONS in rehype-record-sections). */
export const EXPRESSIONS = Symbol.for('briefing.expressions');
export const COMPONENT_CALLS = Symbol.for('briefing.component-calls');
export const MODULE_CODE = Symbol.for('briefing.module-code');

/** JavaScript's own globals, as a fresh realm has them: no process, no require, no file system. */
const LANGUAGE_GLOBALS = new Set(runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[]);

/**
 * What a brief's module gives its expressions besides JavaScript, as it renders on its page:
 * `frontmatter`, which @astrojs/mdx exports as JSON of the frontmatter the compiler left
 * (`mentions` included); `props`, which are the page's (BriefPage.astro renders `<Content />`
 * with none) plus the `components` @astrojs/mdx's `Content` adds, of which only Fragment without
 * an import; `getHeadings()` and `file`, which @astrojs/mdx exports too; and the brief's own
 * exported declarations (`prelude`), when it imports nothing. What needs an import is left to the
 * build, which names the line (src/plugins/remark-expression-lines.ts).
 */
export interface ModuleScope {
  frontmatter: Record<string, unknown>;
  /** What the module's `getHeadings()` returns. */
  headings: readonly unknown[];
  /** The module's `file`: the brief's path. */
  file: string;
  prelude?: Prelude | undefined;
}
const SCOPE_NAMES = new Set(['frontmatter', 'props', 'getHeadings', 'file']);

/** The brief's exported declarations as a script, and the programs they were parsed into. */
interface Prelude {
  code: string;
  programs: Program[];
}

/**
 * The brief's module code as check can run it: its exported declarations without `export`, when
 * it has some, imports nothing (an import needs the bundler) and needs only JavaScript and what
 * the module defines (ModuleScope). Loading the module runs them, so one that throws fails the build
 * before any page renders: reported with its line.
 */
export function modulePrelude(blocks: readonly BriefEsm[], scope: ModuleScope, timeoutMs = 1000): { prelude: Prelude | undefined; problems: Problem[] } {
  const declarations: { code: string; line: number | undefined }[] = [];
  for (const { source, program, offset, line } of blocks) {
    for (const statement of program.body) {
      if (statement.type !== 'ExportNamedDeclaration') return { prelude: undefined, problems: [] };
      const declaration = statement.declaration as (typeof statement.declaration & { start: number; end: number }) | null | undefined;
      if (!declaration) continue;
      declarations.push({ code: source.slice(declaration.start - offset, declaration.end - offset), line: declaration.loc?.start.line ?? line });
    }
  }
  const programs = blocks.map((block) => block.program);
  if (declarations.length === 0 || !programs.every((program) => runnable([program], programs)) || declaresScope(programs)) return { prelude: undefined, problems: [] };
  const upTo = (count: number): Prelude => ({ code: declarations.slice(0, count).map((d) => d.code).join('\n'), programs });
  try {
    run('undefined', { ...scope, prelude: upTo(declarations.length) }, timeoutMs);
  } catch (error) {
    // The line of the declaration that throws: the first whose prelude, up to it, does.
    const failing = declarations.findIndex((_, i) => {
      try {
        run('undefined', { ...scope, prelude: upTo(i + 1) }, timeoutMs);
        return false;
      } catch {
        return true;
      }
    });
    const line = declarations[failing]?.line;
    return { prelude: undefined, problems: [{ field: 'body', message: failure(error, 'export', timeoutMs), ...(line ? { line } : {}) }] };
  }
  return { prelude: upTo(declarations.length), problems: [] };
}

/** Whether the programs declare a name the realm declares itself (anywhere: freeNames is no scope analysis). */
function declaresScope(programs: readonly Program[]): boolean {
  return [...SCOPE_NAMES].some((name) => {
    const use: Program = { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: { type: 'Identifier', name } }] };
    return !freeNames([...programs, use]).has(name);
  });
}

/**
 * Expressions run when their page renders, so one that throws (`{JSON.parse("")}`) or never
 * returns fails only the build. Check runs each one that needs nothing but JavaScript and the
 * module's frontmatter, props and exports, in a realm of its own with a time limit, and reports
 * what the render would meet, with the line.
 */
export function expressionProblems(expressions: readonly BriefExpression[], scope: ModuleScope, timeoutMs = 1000): Problem[] {
  const problems: Problem[] = [];
  for (const { source, line, program, printed } of expressions) {
    if (!runnable([program], scope.prelude?.programs, true)) continue;
    let value: unknown;
    try {
      value = run(source, scope, timeoutMs, awaitsAtTopLevel(program));
    } catch (error) {
      problems.push({ field: 'body', message: failure(error, 'expression', timeoutMs), ...(line ? { line } : {}) });
      continue;
    }
    // Nothing shows where it stands: almost always a misspelt name ({frontmatter.source.publishd}).
    if (value === undefined) {
      problems.push({ field: 'body', message: gaveNothing(source, scope, timeoutMs), ...(line ? { line } : {}) });
      continue;
    }
    // Astro prints a string as text, but an object that is no element as it converts to a string,
    // unescaped: `{new String("<script>…")}` published a script. An object (but a list) is refused.
    const wrapped = printed ? [value, ...(Array.isArray(value) ? value : [])].find((item) => typeof item === 'object' && item !== null && !Array.isArray(item)) : undefined;
    if (wrapped !== undefined) {
      problems.push({ field: 'body', message: `this expression gives an object (${Object.prototype.toString.call(wrapped).slice(8, -1)}), which its page would print unescaped, as raw HTML: give text, a number or a list of them`, ...(line ? { line } : {}) });
      continue;
    }
    // As much text as a whole brief may hold (src/lib/input-limits.ts) from one expression would
    // make a page of any size ("word ".repeat(20000000) made one of 100 MB).
    const size = typeof value === 'string' ? value.length : Array.isArray(value) ? value.length : 0;
    if (size > MAX_EXPRESSION_OUTPUT) {
      problems.push({ field: 'body', message: `this expression makes ${size.toLocaleString('en-GB')} ${typeof value === 'string' ? 'characters' : 'items'} for its page, more than the ${MAX_EXPRESSION_OUTPUT.toLocaleString('en-GB')} a brief's text may hold: write the text out, or compute less`, ...(line ? { line } : {}) });
    }
  }
  return problems;
}

/**
 * Why an expression gave undefined, for one that reads a field (`frontmatter.source.publishd`):
 * the first object on its path without the field, with the nearest field it has.
 */
function gaveNothing(source: string, scope: ModuleScope, timeoutMs: number): string {
  const path = /^\s*([\w$]+(?:\s*\.\s*[\w$]+)+)\s*$/.exec(source)?.[1]!.split(/\s*\.\s*/);
  for (let i = 1; path && i < path.length; i++) {
    let holder: unknown;
    try {
      holder = run(path.slice(0, i).join('.'), scope, timeoutMs);
    } catch {
      break;
    }
    if (!holder || typeof holder !== 'object' || path[i]! in holder) continue;
    const keys = Object.keys(holder);
    const [closest] = nearest(path[i]!, keys, 1);
    return `${GAVE_NOTHING}: ${path.slice(0, i).join('.')} has no "${path[i]}"${closest ? `; did you mean "${closest}"? It has ${keys.join(', ')}` : ''}`;
  }
  return `${GAVE_NOTHING}: check the spelling of the names in it`;
}

/** Characters (or items) one expression may give its page: a brief's whole text is held to 1 MB. */
const MAX_EXPRESSION_OUTPUT = 100_000;

/** When an expression and an export run, and what one that never returns would cost. */
const RUNS = {
  expression: { when: 'its page renders', never: 'its page would never render' },
  export: { when: 'the brief loads', never: 'the brief would never load' },
} as const;

function failure(error: unknown, what: keyof typeof RUNS, timeoutMs: number): string {
  const e = error as { code?: string; name?: string; message?: string };
  if (e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return `this ${what} did not finish within ${timeoutMs / 1000} s: ${RUNS[what].never}`;
  return `this ${what} throws when ${RUNS[what].when}: ${e.name ?? 'Error'}: ${e.message ?? String(error)}`;
}

/**
 * The props a brief component would render with, where every computed one needs only JavaScript
 * and the module: checked as the component checks them (briefProps), with the line. An
 * expression that throws is reported by expressionProblems.
 */
export function componentProblems(calls: readonly ComponentCall[], scope: ModuleScope, timeoutMs = 1000): Problem[] {
  const problems: Problem[] = [];
  for (const { component, line, props, computed } of calls) {
    if (!computed.every(({ program }) => runnable([program], scope.prelude?.programs))) continue;
    const all = { ...props };
    try {
      for (const { prop, source } of computed) all[prop] = run(source, scope, timeoutMs);
    } catch {
      continue;
    }
    for (const message of propProblems(component, all)) problems.push({ field: 'body', message, ...(line ? { line } : {}) });
  }
  return problems;
}

/**
 * Whether check can run code: not `{/* a comment *\/}`, which holds none, nor one with JSX,
 * `import.meta` or `import()` (Astro's runtime or a module), nor an export that awaits (the module
 * would wait for it; the build names the line of one that fails); an expression may (`awaiting`),
 * since what the language alone can await settles at once (see run). And no name from outside but
 * the language's own globals, the module's (SCOPE_NAMES) and what the prelude's programs declare.
 */
function runnable(programs: readonly Program[], prelude: readonly Program[] = [], awaiting = false): boolean {
  if (programs.some((program) => program.body.length === 0 || (!awaiting && awaitsAtTopLevel(program)))) return false;
  let needsModule = false;
  for (const program of programs) {
    visit(program, (node) => {
      if (!node.type.startsWith('JSX') && node.type !== 'MetaProperty' && node.type !== 'ImportExpression') return;
      needsModule = true;
      return EXIT;
    });
  }
  const all = new Set([...prelude, ...programs]);
  return !needsModule && [...freeNames([...all]).keys()].every((name) => LANGUAGE_GLOBALS.has(name) || SCOPE_NAMES.has(name));
}

/**
 * Runs an expression in a realm of its own, as strict code with the module's frontmatter, props,
 * file and getHeadings as constants and its exported declarations before it, as a module has
 * them; a value that is data (a component's props are) is copied into this realm, so the schemas
 * see this realm's arrays and objects.
 */
function run(source: string, { frontmatter, headings, file, prelude }: ModuleScope, timeoutMs: number, awaits = false): unknown {
  const module = [
    '"use strict";',
    `const frontmatter = JSON.parse(${JSON.stringify(JSON.stringify(frontmatter))});`,
    'const props = { components: { Fragment: function Fragment() {} } };',
    `const file = ${JSON.stringify(file)};`,
    `function getHeadings() { return JSON.parse(${JSON.stringify(JSON.stringify(headings))}); }`,
    prelude?.code ?? '',
    // An expression that awaits runs as the page's async render runs it. The realm has no timers
    // and no I/O, so what it can await settles in microtasks, which run before runInNewContext
    // returns (microtaskMode), within the same time limit; one still unsettled then never settles.
    awaits ? `(async () => (${source}\n))().then((value) => { __settled.value = value; __settled.done = true; }, (error) => { __settled.error = error; __settled.done = true; });` : `(${source}\n)`,
  ];
  if (awaits) {
    // Of no prototype: the realm's code reaches nothing of this one's through it.
    const settled = Object.create(null) as { done?: boolean; value?: unknown; error?: unknown };
    runInNewContext(module.join('\n'), Object.assign(Object.create(null), { __settled: settled }), { timeout: timeoutMs, microtaskMode: 'afterEvaluate' });
    if (!settled.done) throw Object.assign(new Error('it awaits what never settles'), { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' });
    if ('error' in settled) throw settled.error;
    return copied(settled.value);
  }
  return copied(runInNewContext(module.join('\n'), Object.create(null), { timeout: timeoutMs }));
}

/** A value of the realm as data of this one, where it can be copied. */
function copied(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

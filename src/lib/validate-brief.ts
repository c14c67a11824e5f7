import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { ZodType } from 'zod';
import { HEADINGS, LINKS, SECTIONS } from '../plugins/rehype-record-sections.ts';
import type { BodyLink } from './site-links.ts';
import { COMPONENT_CALLS, componentProblems, EXPRESSIONS, expressionProblems, MODULE_CODE, modulePrelude, type BriefEsm, type BriefExpression, type ComponentCall } from './run-expressions.ts';
import type { Problem } from './brief-checks.ts';
import { mdxErrorLine, withMdxHint } from './mdx-hints.ts';
import { readYaml, yamlSyntaxProblem } from './yaml-lines.ts';
import { MISSING_FIELD, strayFrontmatterEnd } from './frontmatter-lines.ts';
import { notGiven } from '../schemas/text.ts';

export interface BriefReport {
  problems: Problem[];
  /** Section ids the brief defines (for checking other briefs' links to it); none known when its body did not compile. */
  sections: string[] | undefined;
  /** Site-relative links of the body, with the line they are on. */
  links: BodyLink[];
  /** The frontmatter as the compiler left it: with the entities the text mentions (`mentions`). */
  frontmatter: Record<string, unknown>;
}

/** The MDX compiler the build uses (see briefMdxRenderer in src/markdown/pipeline.ts). */
export interface MdxRenderer {
  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<unknown>;
}

/**
 * Validates one brief without building the site, with the build's own parsers: the frontmatter
 * as @astrojs/mdx reads it, the collection's zod schema, and the body compiled by the same MDX
 * processor and plugins. Every frontmatter problem is returned; the compiler stops at its first
 * body problem list, as the build does.
 */
export async function validateBrief(file: string, filePath: string, schema: ZodType, renderer: MdxRenderer): Promise<BriefReport> {
  // A byte order mark, which some editors write, is not part of the text (the build drops it too).
  const text = file.replace(/^\uFEFF/, '');
  const problems: Problem[] = [];
  let frontmatter: Record<string, unknown>;
  let content: string;
  let rawFrontmatter: string;
  try {
    ({ frontmatter, content, rawFrontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }));
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    const reported = reason ?? (error as Error).message.split('\n')[0]!;
    // As the build says it (src/loaders/brief-loader.ts): an unclosed quote named at its own line.
    const problem = mark ? yamlSyntaxProblem(text, mark.line + 1, reported) : { line: undefined, message: `not valid YAML: ${reported}` };
    return { problems: [{ field: `frontmatter${problem.line ? ` (line ${problem.line})` : ''}`, message: problem.message }], sections: undefined, links: [], frontmatter: {} };
  }
  if (!text.startsWith('---')) problems.push({ field: 'frontmatter', message: 'the file must start with YAML frontmatter between --- lines' });
  const result = await schema.safeParseAsync(frontmatter);
  if (!result.success) {
    // The frontmatter starts after the opening --- line: its line n is the file's line n.
    const yaml = readYaml(rawFrontmatter);
    for (const issue of result.error.issues) {
      // An unknown key is named with its object, at its own line, as the build names it (src/lib/frontmatter-lines.ts).
      const path = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
      const line = yaml.lineOf(path);
      // As the build says it (src/lib/frontmatter-lines.ts).
      const message = notGiven(issue) ? MISSING_FIELD : issue.message;
      problems.push({ field: path.join('.') || 'frontmatter', message, ...(line ? { line } : {}) });
    }
    // As the build says it (src/lib/frontmatter-lines.ts): the fields after a stray "---" are not missing, they are below it.
    const stray = strayFrontmatterEnd(text, result.error.issues.map((issue) => String(issue.path[0] ?? '')));
    if (stray) problems.unshift({ field: 'frontmatter', line: stray.line, message: stray.message });
  }
  const recorded: Record<PropertyKey, unknown> = { ...frontmatter };
  try {
    await renderer.process(content, filePath, recorded);
  } catch (error) {
    problems.push(...compileProblems(error as Error, filePath));
    return { problems, sections: undefined, links: [], frontmatter: recorded };
  }
  const sections = (recorded[SECTIONS] ?? []) as string[];
  const links = (recorded[LINKS] ?? []) as BodyLink[];
  problems.push(...runProblems(recorded, filePath));
  return { problems, sections, links, frontmatter: recorded };
}

/**
 * What loading a compiled brief's module and rendering its page would run into, for the code that
 * needs only JavaScript, what the module defines (src/lib/run-expressions.ts) and the brief's own
 * exports: `recorded` is the frontmatter as the compiler left it. Check runs it on every brief;
 * the build's compile on each brief that has code, so that an expression that never ends stops
 * both within a second, with its line, not the build's rendering after a minute, without one.
 */
export function runProblems(recorded: Record<PropertyKey, unknown>, filePath: string): Problem[] {
  // The module exports its frontmatter as JSON, which drops what the compiler recorded under symbols.
  const exported = {
    frontmatter: JSON.parse(JSON.stringify(recorded)) as Record<string, unknown>,
    headings: (recorded[HEADINGS] as (() => unknown[]) | undefined)?.() ?? [],
    file: filePath,
  };
  const { prelude, problems: loading } = modulePrelude((recorded[MODULE_CODE] ?? []) as BriefEsm[], exported);
  if (loading.length > 0) return loading;
  const scope = { ...exported, prelude };
  return [
    ...expressionProblems((recorded[EXPRESSIONS] ?? []) as BriefExpression[], scope),
    ...componentProblems((recorded[COMPONENT_CALLS] ?? []) as ComponentCall[], scope),
  ];
}

/** Whether a compiled brief has code to run: expressions, exports or imports, or computed props. */
export function hasCode(recorded: Record<PropertyKey, unknown>): boolean {
  const some = (key: symbol) => ((recorded[key] ?? []) as unknown[]).length > 0;
  return some(EXPRESSIONS) || some(MODULE_CODE) || ((recorded[COMPONENT_CALLS] ?? []) as ComponentCall[]).some((call) => call.computed.length > 0);
}

/** The compiler's message as problems: ours list one per line already ("file: field: message"). */
function compileProblems(error: Error & { line?: number }, filePath: string): Problem[] {
  const lines = error.message.replace(/^Invalid brief\n/, '').split('\n').filter(Boolean);
  const ours = lines.filter((line) => / body(?: \(line \d+\))?: |: [\w.[\]-]+(?: \(line \d+\))?: /.test(line));
  if (ours.length === lines.length) {
    return ours.map((line) => {
      const rest = line.slice(line.indexOf(': ') + 2);
      const cut = rest.indexOf(': ');
      return { field: rest.slice(0, cut), message: rest.slice(cut + 2) };
    });
  }
  const line = mdxErrorLine(error);
  return [{ field: `body${line !== undefined ? ` (line ${line})` : ''}`, message: `not valid MDX: ${withMdxHint(error.message.replace(/^\d+:\d+(?:-\d+:\d+)?: /, ''))} (${filePath})` }];
}

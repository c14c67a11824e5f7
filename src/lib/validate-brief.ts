import { slug as slugOf } from 'github-slugger';
import type { Root } from 'mdast';
// Brings in the `hProperties` field of mdast nodes' data.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ZodType } from 'zod';
import { remarkHeadingIds } from '../plugins/remark-heading-ids.ts';
import { sectionProblems, type Heading, type Problem } from './brief-checks.ts';
import { findMdxOnlySyntax, mdxOnlyMessage } from './mdx-only.ts';

export interface BriefReport {
  problems: Problem[];
  /** Section ids the brief defines (for checking other briefs' links to it). */
  sections: string[];
  /** Root-relative links to briefs found in the body, with the line they are on. */
  links: { href: string; line: number }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Validates one brief's text without building the site, the way the build would: YAML as Astro
 * reads it (YAML 1.1, so unquoted dates become timestamps), the zod schema, the MDX body and its
 * sections. Every problem is returned, not only the first.
 */
export function validateBrief(text: string, schema: ZodType): BriefReport {
  const problems: Problem[] = [];
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { problems: [{ field: 'frontmatter', message: 'the file must start with YAML frontmatter between --- lines' }], sections: [], links: [] };
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]!, { schema: 'yaml-1.1' });
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line + 1})` : '';
    problems.push({ field: `frontmatter${line}`, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
  }
  if (problems.length === 0) {
    const result = schema.safeParse(data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ field: issue.path.join('.') || 'frontmatter', message: issue.message });
    }
  }
  const bodyOffset = text.slice(0, match[0].length).split('\n').length - 1;
  const body = text.slice(match[0].length);
  let tree: Root;
  try {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkHeadingIds);
    tree = processor.runSync(processor.parse(body)) as Root;
  } catch (error) {
    const place = (error as { line?: number }).line;
    problems.push({ field: `body${place ? ` (line ${place + bodyOffset})` : ''}`, message: `not valid MDX: ${(error as Error).message}` });
    return { problems, sections: [], links: [] };
  }
  const headings: (Heading & { id?: string })[] = [];
  const links: BriefReport['links'] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const id = (node.data?.hProperties as { id?: string } | undefined)?.id;
      headings.push({ depth: node.depth, text: toString(node), ...(id ? { id } : {}) });
    }
    if (node.type === 'link' && node.url.startsWith('/briefs/')) {
      links.push({ href: node.url, line: (node.position?.start.line ?? 0) + bodyOffset });
    }
  });
  const mdx = findMdxOnlySyntax(body, bodyOffset);
  if (mdx) problems.push({ field: `body (line ${mdx.line})`, message: mdxOnlyMessage(mdx) });
  const frontmatter = (data ?? {}) as Parameters<typeof sectionProblems>[0];
  problems.push(...sectionProblems(frontmatter, headings, toString(tree)));
  return { problems, sections: headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.id ?? slugOf(h.text)), links };
}

/** Problems with links between briefs: a missing brief or a missing section, with what exists. */
export function crossLinkProblems(links: BriefReport['links'], sectionsByBrief: ReadonlyMap<string, readonly string[]>): Problem[] {
  const problems: Problem[] = [];
  for (const { href, line } of links) {
    const match = /^\/briefs\/([^/#?]+)\/?(?:#(.+))?$/.exec(href);
    if (!match) continue;
    const [, id, fragment] = match;
    const sections = sectionsByBrief.get(id!);
    if (!sections) {
      problems.push({ field: `body (line ${line})`, message: `link ${href}: there is no brief "${id}"; briefs: ${[...sectionsByBrief.keys()].join(', ')}` });
    } else if (fragment && !sections.includes(fragment)) {
      problems.push({ field: `body (line ${line})`, message: `link ${href}: brief "${id}" has no section "${fragment}"; its sections: ${sections.join(', ')}` });
    }
  }
  return problems;
}

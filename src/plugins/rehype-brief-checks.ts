import { readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { invalidBrief, sectionProblems, type Heading } from '../lib/brief-checks.ts';
import { frontmatterLines } from '../lib/frontmatter-lines.ts';
import { isBrief } from './is-brief.ts';

/**
 * Runs before heading ids are generated, so only explicit ids are set and duplicates are seen
 * before github-slugger would quietly number them.
 * Stops the build when a brief's body and its frontmatter's section references disagree. */
export function rehypeBriefChecks() {
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    const headings: Heading[] = [];
    visit(tree, 'element', (node) => {
      const depth = headingRank(node);
      const id = node.properties['id'];
      const line = node.position?.start.line;
      if (depth) headings.push({ depth, text: toString(node), ...(typeof id === 'string' ? { id } : {}), ...(line ? { line } : {}) });
    });
    // The frontmatter's lines, read from the file only when there is a problem to place: the
    // compiler is given the body alone, with the frontmatter blanked.
    let lineOf: ((path: string) => number | undefined) | undefined;
    const fieldLine = (path: string) => (lineOf ??= linesOf(file.path))(path);
    const problems = sectionProblems(file.data.astro?.frontmatter ?? {}, headings, toString(tree), fieldLine);
    if (problems.length > 0) throw invalidBrief(file.path, problems);
  };
}

/** The lines of a brief's frontmatter fields; none when its file cannot be read (a text compiled from memory). */
function linesOf(path: string): (path: string) => number | undefined {
  try {
    return frontmatterLines(readFileSync(path, 'utf8')) ?? (() => undefined);
  } catch {
    return () => undefined;
  }
}

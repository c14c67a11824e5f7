import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatProblems, sectionProblems, type Heading } from '../lib/brief-checks.ts';
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
    const problems = sectionProblems(file.data.astro?.frontmatter ?? {}, headings, toString(tree));
    if (problems.length > 0) throw new Error(`Invalid brief\n${formatProblems(file.path, problems)}`);
  };
}

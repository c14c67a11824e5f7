import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import type { VFile } from 'vfile';
import { invalidBrief, type Problem } from '../lib/brief-checks.ts';
import { percentDecoded } from '../lib/hash-id.ts';
import { nearest } from '../lib/nearest.ts';
import { visit } from '../lib/visit.ts';
import { isBrief } from './is-brief.ts';

/**
 * A link within the brief ("#section") must name one of its sections, as a link from another
 * brief must (src/lib/site-links.ts): the page's other ids belong to its layout ("cite-heading"),
 * which may change. Checked in the compiler, once the ids are final (after rehype-unique-ids),
 * so that check and the build refuse the same links, at their lines.
 */
export function rehypeFragmentLinks() {
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    const sections: string[] = [];
    const links: { id: string; line: number | undefined }[] = [];
    visit(tree, 'element', (node) => {
      const rank = headingRank(node);
      if ((rank === 2 || rank === 3) && typeof node.properties['id'] === 'string') sections.push(node.properties['id']);
      const href = node.tagName === 'a' ? node.properties['href'] : undefined;
      // A footnote's links (to its note and back) are made by the compiler, to ids it makes.
      const footnote = node.properties['dataFootnoteRef'] !== undefined || node.properties['dataFootnoteBackref'] !== undefined;
      if (typeof href === 'string' && href.startsWith('#') && !footnote) links.push({ id: percentDecoded(href.slice(1)), line: node.position?.start.line });
    });
    const problems: Problem[] = links
      .filter(({ id }) => !sections.includes(id))
      .map(({ id, line }) => ({
        field: 'body',
        message: `link #${id}: this brief has no section "${id}"; ${sections.length > 0 ? `nearest: ${nearest(id, sections).join(', ')}` : 'it has none'}`,
        ...(line ? { line } : {}),
      }));
    if (problems.length > 0) throw invalidBrief(file.path, problems);
  };
}

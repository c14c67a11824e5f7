import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { GlossaryEntry } from '../schemas/entity.ts';
import { alternation } from '../lib/alternation.ts';
import { furnitureSections } from './furniture.ts';
import { isBrief } from './is-brief.ts';
import { splitText, type Wrap } from './split-text.ts';
import { ADJACENT_GAP, countLinks, linkBudget, touchesLink, treeWords } from './calm-links.ts';

const SKIP = new Set(['code', 'pre', 'abbr']);

/**
 * Marks the first use of each glossary abbreviation on a brief page as `<abbr title>`, linked to
 * its glossary entry unless it already sits inside a link, sits right next to one ("United
 * Nations (UN)" is one link, not two) or the body already has its one link per 40 words. Every abbreviation found goes into the
 * page's frontmatter (`abbreviations`) for the glossary's "used in" lists. Hand-written:
 * remark-abbr needs the definitions in each file, while ours live in one glossary for the site.
 */
export function rehypeAbbreviations({ glossary, base }: { glossary: GlossaryEntry[]; base: string }) {
  const byAbbr = new Map(glossary.map((entry) => [entry.abbr, entry]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}-])(${alternation(byAbbr.keys()) || '(?!)'})(?![\\p{L}\\p{N}-])`,
    'gu',
  );
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    const done = new Set<string>();
    const used = new Set<string>();
    // A section about the source's page furniture (its tags) names what the brief does not use:
    // its abbreviations are marked for readers, but not counted as the brief's (as entity mentions are not).
    const furniture = furnitureSections(file);
    let links = countLinks(tree);
    const budget = linkBudget(treeWords(tree));

    const mark = (value: string, insideLink: boolean, siblings: readonly ElementContent[], index: number): ElementContent[] => {
      const wraps: Wrap[] = [];
      for (const match of value.matchAll(pattern)) {
        const entry = byAbbr.get(match[0]);
        if (entry && !furniture.inside) used.add(entry.abbr);
        if (!entry || done.has(entry.abbr)) continue;
        done.add(entry.abbr);
        const start = match.index;
        const end = start + match[0].length;
        const besideLink =
          (ADJACENT_GAP.test(value.slice(0, start)) && touchesLink(siblings, index, -1)) ||
          (ADJACENT_GAP.test(value.slice(end)) && touchesLink(siblings, index, 1)) ||
          wraps.some((w) => ADJACENT_GAP.test(value.slice(w.end, start)));
        const link = !insideLink && !besideLink && links < budget;
        if (link) links++;
        wraps.push({
          start: match.index,
          end: match.index + match[0].length,
          wrap: (text) => {
            const abbr: Element = { type: 'element', tagName: 'abbr', properties: { title: entry.expansion }, children: [{ type: 'text', value: text }] };
            return !link
              ? abbr
              : { type: 'element', tagName: 'a', properties: { href: `${base}glossary/#${entry.id}`, className: ['abbr-link'] }, children: [abbr] };
          },
        });
      }
      return splitText(value, wraps) ?? [{ type: 'text', value }];
    };

    const walk = <T extends RootContent>(children: T[], insideLink: boolean): T[] =>
      children.flatMap((child, index) => {
        if (child.type === 'text') return mark(child.value, insideLink, children as ElementContent[], index) as T[];
        if (child.type !== 'element') return [child];
        const element = child as Element;
        if (SKIP.has(element.tagName)) return [child];
        const rank = headingRank(element);
        if (rank) {
          furniture.heading(rank, String(element.properties['id'] ?? ''));
          if (!furniture.inside) for (const match of toString(element).matchAll(pattern)) used.add(match[0]);
          return [child];
        }
        element.children = walk(element.children, insideLink || element.tagName === 'a');
        return [child];
      });

    tree.children = walk(tree.children, false);
    const frontmatter = (file.data.astro ??= {}).frontmatter ?? {};
    frontmatter['abbreviations'] = [...used].sort();
    file.data.astro.frontmatter = frontmatter;
  };
}

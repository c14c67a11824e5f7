import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { GlossaryEntry } from '../schemas/entity.ts';
import { isBrief } from './is-brief.ts';

const SKIP = new Set(['code', 'pre', 'abbr']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Marks the first use of each glossary abbreviation on a brief page as `<abbr title>`, linked to
 * its glossary entry unless it already sits inside a link. Every abbreviation found goes into the
 * page's frontmatter (`abbreviations`) for the glossary's "used in" lists. Hand-written:
 * remark-abbr needs the definitions in each file, while ours live in one glossary for the site.
 */
export function rehypeAbbreviations({ glossary, base }: { glossary: GlossaryEntry[]; base: string }) {
  const byAbbr = new Map(glossary.map((entry) => [entry.abbr, entry]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}-])(${[...byAbbr.keys()].sort((a, b) => b.length - a.length).map(escape).join('|') || '(?!)'})(?![\\p{L}\\p{N}-])`,
    'gu',
  );
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    const done = new Set<string>();
    const used = new Set<string>();

    const mark = (value: string, insideLink: boolean): ElementContent[] => {
      const out: ElementContent[] = [];
      let cursor = 0;
      for (const match of value.matchAll(pattern)) {
        const entry = byAbbr.get(match[0]);
        if (entry) used.add(entry.abbr);
        if (!entry || done.has(entry.abbr)) continue;
        done.add(entry.abbr);
        if (match.index > cursor) out.push({ type: 'text', value: value.slice(cursor, match.index) });
        const abbr: Element = {
          type: 'element',
          tagName: 'abbr',
          properties: { title: entry.expansion },
          children: [{ type: 'text', value: match[0] }],
        };
        out.push(
          insideLink
            ? abbr
            : { type: 'element', tagName: 'a', properties: { href: `${base}glossary/#${entry.id}`, className: ['abbr-link'] }, children: [abbr] },
        );
        cursor = match.index + match[0].length;
      }
      if (cursor === 0) return [{ type: 'text', value }];
      if (cursor < value.length) out.push({ type: 'text', value: value.slice(cursor) });
      return out;
    };

    const walk = <T extends RootContent>(children: T[], insideLink: boolean): T[] =>
      children.flatMap((child) => {
        if (child.type === 'text') return mark(child.value, insideLink) as T[];
        if (child.type !== 'element') return [child];
        const element = child as Element;
        if (SKIP.has(element.tagName)) return [child];
        if (headingRank(element)) {
          for (const match of toString(element).matchAll(pattern)) used.add(match[0]);
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

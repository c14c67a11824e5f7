import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import type { VFile } from 'vfile';
import { createMentionFinder, quotedRanges } from '../lib/mentions.ts';
import type { Entity, EntityKind } from '../schemas/entity.ts';
import { isBrief } from './is-brief.ts';
import { splitText, type Wrap } from './split-text.ts';

/** Where the site never adds a link: inside links, quotations, code and abbreviations. */
const NO_LINK = new Set(['a', 'blockquote', 'q', 'code', 'pre', 'abbr', 'cite']);

export interface EntityLinkOptions {
  entities: Record<EntityKind, Entity[]>;
  /** The site's base path, ending in "/". */
  base: string;
}

/**
 * Finds every mention of a registered entity in a brief's rendered text and links the first one
 * in each section to the entity's page. The mentions, by section, go into the page's frontmatter
 * (`mentions`), from which entity pages build their "what links here" lists. Hand-written: no
 * maintained plugin does section-scoped first-mention linking.
 */
export function rehypeEntityLinks({ entities, base }: EntityLinkOptions) {
  const findMentions = createMentionFinder(entities);
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    const mentions = new Map<string, Set<string>>();
    let section = '';
    let linked = new Set<string>();

    const record = (key: string) => {
      const sections = mentions.get(key) ?? new Set<string>();
      sections.add(section);
      mentions.set(key, sections);
    };

    const linkText = (node: Text, linkable: boolean): ElementContent[] => {
      const found = findMentions(node.value);
      found.forEach((m) => record(m.key));
      if (!linkable) return [node];
      const quoted = quotedRanges(node.value);
      const wraps: Wrap[] = [];
      for (const m of found) {
        if (linked.has(m.key) || quoted.some(([s, e]) => m.start >= s && m.end <= e)) continue;
        linked.add(m.key);
        wraps.push({
          start: m.start,
          end: m.end,
          wrap: (text) => ({ type: 'element', tagName: 'a', properties: { href: `${base}${m.key}/`, className: ['entity-link'] }, children: [{ type: 'text', value: text }] }),
        });
      }
      return splitText(node.value, wraps) ?? [node];
    };

    const walk = <T extends RootContent>(children: T[], linkable: boolean): T[] =>
      children.flatMap((child) => {
        if (child.type === 'text') return linkText(child, linkable) as T[];
        if (child.type !== 'element') return [child];
        const element = child as Element;
        const rank = headingRank(element);
        if (rank === 2 || rank === 3) {
          section = String(element.properties['id'] ?? '');
          linked = new Set();
        }
        element.children = walk(element.children, linkable && !rank && !NO_LINK.has(element.tagName));
        return [child];
      });

    tree.children = walk(tree.children, true);
    const frontmatter = (file.data.astro ??= {}).frontmatter ?? {};
    frontmatter['mentions'] = Object.fromEntries([...mentions].map(([key, sections]) => [key, [...sections]]));
    file.data.astro.frontmatter = frontmatter;
  };
}

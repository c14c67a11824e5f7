import { mkdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Element, ElementContent, Parent, Root, RootContent, Text } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import type { VFile } from 'vfile';
import { formatExcerpts, type Excerpts } from '../lib/excerpt-file.ts';
import { createMentionFinder, quotedRanges, singleSpaced, spacedOffsets, withoutOverlaps } from '../lib/mentions.ts';
import type { Entity, EntityKind } from '../schemas/entity.ts';
import { furnitureSections } from './furniture.ts';
import { isBrief } from './is-brief.ts';
import { splitText, type Wrap } from './split-text.ts';
import { countLinks, linkBudget, touchesLink, treeWords, unwrap } from './calm-links.ts';

/** Entity links may use one per 45 words, so glossary links still fit in one per 40 in all. */
const ENTITY_WORDS_PER_LINK = 45;

interface Candidate {
  link: Element;
  key: string;
  /** The first link to this entity in the brief (later sections may link it again). */
  first: boolean;
  topic: boolean;
  order: number;
}

/** Where the site never adds a link: inside links, quotations, code and abbreviations. */
const NO_LINK = new Set(['a', 'blockquote', 'q', 'code', 'pre', 'abbr', 'cite']);

export interface EntityLinkOptions {
  entities: Record<EntityKind, Entity[]>;
  /** The site's base path, ending in "/". */
  base: string;
  /**
   * Where each brief's excerpts go (`<id>.txt`, src/lib/excerpt-file.ts), read by the entity pages that show them. They
   * stay out of the compiled module, which every brief page would otherwise load and keep.
   */
  excerptsDir?: URL | undefined;
}

/**
 * Finds every mention of a registered entity in a brief's rendered text and links the first one
 * in each section to the entity's page, calmly: a person only by their full name, never right next
 * to another link, and no more links than one per 45 words (first mentions in the brief first,
 * then names before topic phrases, then in reading order). The mentions, by section, go into the page's frontmatter
 * (`mentions`), from which entity pages build their "what links here" lists; the sentence of each
 * mention goes to `excerptsDir`. Hand-written: no maintained plugin does section-scoped
 * first-mention linking.
 */
export function rehypeEntityLinks({ entities, base, excerptsDir }: EntityLinkOptions) {
  if (excerptsDir) mkdirSync(excerptsDir, { recursive: true });
  const findMentions = createMentionFinder(entities);
  const fullNames = new Map(entities.people.map((person) => [`people/${person.id}`, person.name]));
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    const existingLinks = countLinks(tree);
    const mentions = new Map<string, Set<string>>();
    const furniture = furnitureSections(file);
    const corrected = new Set<string>();
    let section = '';
    let linked = new Set<string>();
    const everLinked = new Set<string>();
    const candidates: Candidate[] = [];

    const record = (key: string) => {
      const sections = mentions.get(key) ?? new Set<string>();
      sections.add(section);
      mentions.set(key, sections);
    };

    // The block (paragraph, list item, cell) being walked: its text so far and where in it each
    // entity is first mentioned, from which its excerpt is taken once the block is walked.
    let block: Block | undefined;
    const excerpts: Excerpts = {};
    // Excerpts that end on a colon ("Kallas said:") and wait for the next block of their section.
    let introducing: { section: string; keys: string[] } | undefined;
    // The sentence that introduces the list being walked, if one does.
    let leadIn: { section: string; text: string } | undefined;

    const linkText = (node: Text, linkable: boolean): ElementContent[] => {
      // One scan: every mention counts; overlaps are resolved only for linking.
      const all = findMentions(node.value, { overlapping: true });
      const offset = block?.text.length ?? 0;
      for (const m of all) {
        record(m.key);
        if (block && !block.found.has(m.key)) block.found.set(m.key, [offset + m.start, offset + m.end]);
      }
      if (block) block.text += node.value;
      const found = withoutOverlaps(all);
      if (!linkable) return [node];
      const quoted = quotedRanges(node.value);
      const wraps: Wrap[] = [];
      for (const m of found) {
        if (linked.has(m.key) || quoted.some(([s, e]) => m.start >= s && m.end <= e)) continue;
        // "Kallas" alone is a mention, but only "Kaja Kallas" is linked.
        const fullName = fullNames.get(m.key);
        if (fullName !== undefined && singleSpaced(node.value.slice(m.start, m.end)) !== fullName) continue;
        linked.add(m.key);
        const first = !everLinked.has(m.key);
        everLinked.add(m.key);
        wraps.push({
          start: m.start,
          end: m.end,
          wrap: (text) => {
            const link: Element = { type: 'element', tagName: 'a', properties: { href: `${base}${m.key}/`, className: ['entity-link'] }, children: [{ type: 'text', value: text }] };
            candidates.push({ link, key: m.key, first, topic: m.key.startsWith('topics/'), order: candidates.length });
            return link;
          },
        });
      }
      return splitText(node.value, wraps) ?? [node];
    };

    const walk = <T extends RootContent>(children: T[], linkable: boolean): T[] =>
      children.flatMap((child) => {
        if (child.type === 'text') return (furniture.inside ? [child] : linkText(child, linkable)) as T[];
        if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
          // The site's own notes are not the brief's account: no mentions there. Text inside
          // other components (a <Quote>) counts, but quotations are never linked.
          if (child.name !== 'Callout') child.children = walk(child.children as T[], false) as typeof child.children;
          // A section the site corrects: its excerpts on entity pages say so.
          else if (child.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'kind' && a.value === 'correction')) corrected.add(section);
          return [child];
        }
        if (child.type !== 'element') return [child];
        const element = child as Element;
        const rank = headingRank(element);
        if (rank === 2 || rank === 3) {
          section = String(element.properties['id'] ?? '');
          linked = new Set();
          furniture.heading(rank, section);
        }
        const opens = !block && BLOCKS.has(element.tagName);
        if (opens) block = { text: '', found: new Map() };
        element.children = walk(element.children, linkable && !rank && !NO_LINK.has(element.tagName));
        if (opens) {
          if (introducing?.section === section) completeExcerpts(excerpts, introducing, block!);
          const item = element.tagName === 'li' && leadIn?.section === section ? leadIn.text : undefined;
          const keys = addExcerpts(excerpts, section, block!, item);
          const open = keys.filter((key) => excerpts[key]![section]!.endsWith(':'));
          introducing = open.length > 0 ? { section, keys: open } : undefined;
          // A paragraph that ends on a colon introduces the list after it: its items' excerpts
          // start with it ("… is for: … defending the fundamental values …"), not bare.
          if (element.tagName !== 'li') {
            // Single-spaced only when it is a lead-in: few blocks end on a colon.
            const text = block!.text.trimEnd().endsWith(':') ? singleSpaced(block!.text).trim() : undefined;
            leadIn = text ? { section, text: sentenceAround(text, text.length - 1, text.length) } : undefined;
          }
          block = undefined;
        }
        return [child];
      });

    tree.children = walk(tree.children, true);
    calm(tree, candidates, linkBudget(treeWords(tree), ENTITY_WORDS_PER_LINK) - existingLinks);
    const frontmatter = (file.data.astro ??= {}).frontmatter ?? {};
    frontmatter['mentions'] = Object.fromEntries([...mentions].map(([key, sections]) => [key, [...sections]]));
    frontmatter['corrected'] = [...corrected];
    file.data.astro.frontmatter = frontmatter;
    if (excerptsDir) writeFileSync(new URL(`${basename(file.path, '.mdx')}.txt`, excerptsDir), formatExcerpts(excerpts));
  };
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd']);

interface Block {
  text: string;
  /** Entity key to where in `text` it is first mentioned. */
  found: Map<string, [number, number]>;
}

/**
 * For each entity first mentioned in a block of a section, the sentence around that mention:
 * what entity pages lead with ("what the briefs say"). The block's mentions come from the scan
 * that links them, so the text is not searched twice.
 */
function addExcerpts(excerpts: Excerpts, section: string, block: Block, leadIn?: string): string[] {
  const added: string[] = [];
  // Made only for a block that gives an excerpt: most blocks mention nothing new to their section.
  let spaced: { text: string; lead: number; offsets: Int32Array } | undefined;
  for (const [key, [start, end]] of block.found) {
    const bySection = (excerpts[key] ??= {});
    if (Object.hasOwn(bySection, section)) continue;
    if (!spaced) {
      const single = singleSpaced(block.text);
      // Offsets in the single-spaced text: a mention starts and ends on a letter, so no run of white space straddles them.
      spaced = { text: single.trim(), lead: single.length - single.trimStart().length, offsets: spacedOffsets(block.text) };
    }
    const { text, lead, offsets } = spaced;
    const from = offsets[start]! - lead;
    const sentence = sentenceAround(text, from, offsets[end]! - lead);
    bySection[section] = leadIn ? `${leadIn} … ${sentence}` : sentence;
    added.push(key);
  }
  return added;
}

/**
 * An excerpt that ends on a colon introduces what follows it, a quotation or a list: alone, it
 * says nothing ("Turning to the EU's China relations, Kallas said:"). The block that follows in
 * its section completes it: whole if short, else its first sentence; a list's first item, or a
 * quotation cut short, is marked as going on.
 */
function completeExcerpts(excerpts: Excerpts, { section, keys }: { section: string; keys: string[] }, block: Block): void {
  const text = singleSpaced(block.text).trim();
  if (!text) return;
  let next = text.length <= 280 ? text : sentenceAround(text, 0, 0);
  if (/[;,:]$/.test(next)) next += ' …';
  else if ((next.match(/“/g) ?? []).length > (next.match(/”/g) ?? []).length) next += next.endsWith('…') ? '”' : ' …”';
  for (const key of keys) excerpts[key]![section] = `${excerpts[key]![section]} ${next}`;
}

/** Words that open a sentence by pointing back to the one before it. */
const ANAPHORA = /^(?:they|their|theirs|them|it|its|this|these|those|he|his|him|she|her|hers|both|the two|such)\b/i;
/** Where the last sentence of a text starts: after ".", "!" or "?" (a closing quotation mark kept) and a space. */
const LAST_SENTENCE = /(?<=[.!?][”"’]?\s)[^.!?]*$/;

/** The sentence holding [start, end) in a paragraph, at most about 280 characters. */
export function sentenceAround(text: string, start: number, end: number): string {
  // Sentences end at ".", "!" or "?", with a closing quotation mark kept, but not at the dots of
  // an ellipsis written ". . ." (the same length stands in for it, so positions hold).
  const scan = text.replace(/\.(?: \.){2}/g, '…    ');
  const before = scan.slice(0, start);
  let from = Math.max(before.search(LAST_SENTENCE), 0);
  const ending = /[.!?][”"’]?(?=\s|$)/.exec(scan.slice(end));
  const to = ending ? end + ending.index + ending[0].length : text.length;
  // A sentence that opens on a word pointing back ("Their talks centred on …") says nothing alone
  // on an entity page: the sentence before it comes too, whole, when the two stay short.
  let joined = false;
  if (from > 0 && ANAPHORA.test(scan.slice(from)) && to - from <= 280) {
    const head = scan.slice(0, from).trimEnd().replace(/[.!?][”"’]?$/, '');
    const previous = Math.max(head.search(LAST_SENTENCE), 0);
    if (to - previous <= 400) [from, joined] = [previous, true];
  }
  let sentence = text.slice(from, to).trim();
  if (sentence.length > 280 && !joined) {
    // Some 120 characters before the mention and 260 in all, cut between words, not inside one.
    let left = Math.max(0, start - from - 120);
    if (left > 0) left = sentence.indexOf(' ', left) + 1 || left;
    let right = Math.min(sentence.length, left + 260);
    if (right < sentence.length) right = sentence.lastIndexOf(' ', right) > left ? sentence.lastIndexOf(' ', right) : right;
    const cut = right < sentence.length;
    sentence = `${left > 0 ? '…' : ''}${sentence.slice(left, right).trim().replace(cut ? /[,;:]$/ : /$^/, '')}${cut ? '…' : ''}`;
  }
  return sentence;
}

/** Unwraps entity links that touch another link, then the least useful beyond the budget. */
function calm(tree: Root, candidates: Candidate[], budget: number): void {
  const parents = new Map<Element, Parent>();
  const mine = new Set(candidates.map((c) => c.link));
  const visit = (parent: Parent) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (mine.has(child)) parents.set(child, parent);
      else visit(child);
    }
  };
  visit(tree);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const parent = parents.get(candidate.link);
    if (!parent) continue;
    const siblings = parent.children as ElementContent[];
    const index = siblings.indexOf(candidate.link);
    const next = siblings.slice(index + 1).find((s) => s.type === 'element');
    const nextIsMine = next?.type === 'element' && mine.has(next);
    if (touchesLink(siblings, index, -1) || (!nextIsMine && touchesLink(siblings, index, 1))) unwrap(parent, candidate.link);
    else kept.push(candidate);
  }
  const ranked = [...kept].sort((a, b) => Number(b.first) - Number(a.first) || Number(a.topic) - Number(b.topic) || a.order - b.order);
  for (const candidate of ranked.slice(Math.max(0, budget))) unwrap(parents.get(candidate.link)!, candidate.link);
}

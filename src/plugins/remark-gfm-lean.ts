import type { Image, Root, Text } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';
import { visit } from '../lib/visit.ts';

/**
 * What every GFM autolink literal holds, as micromark-extension-gfm-autolink-literal and
 * mdast-util-gfm-autolink-literal find them: "www.", "://" (http and https) or "@" (e-mail,
 * mailto: and xmpp:). Their characters are plain text to every other construct, so a literal
 * always lies whole within one text node.
 */
const AUTOLINK_MARK = /@|www\.|:\/\//i;

/**
 * What every GFM table holds: a "|" outside code, in its header or its delimiter row (a table of
 * one column has one at the start or the end of its rows). Without the table extension those
 * rows are a paragraph's text (or a heading's, or a list item's), so the "|" is in a text node.
 */
const TABLE_MARK = '|';

/** Thrown (and caught by briefMdxRenderer) when a text may hold what this lean GFM leaves out. */
export class NeedsFullerGfm extends Error {
  readonly needs: 'autolinks' | 'tables';
  constructor(needs: 'autolinks' | 'tables') {
    super(`this text may hold a GFM ${needs === 'autolinks' ? 'autolink literal' : 'table'}: compile it with ${needs === 'autolinks' ? 'remark-gfm' : 'the table extension'}`);
    this.name = 'NeedsFullerGfm';
    this.needs = needs;
  }
}

export interface GfmLeanOptions {
  /** Whether tables are parsed; autolink literals never are. */
  tables: boolean;
}

/**
 * remark-gfm less its autolink literals, and less its tables unless `tables`, for a brief whose
 * text cannot hold them, which then parses to the same tree: the same extensions of the same
 * packages, in remark-gfm's order. Autolink literals are tried at the start of every word (a
 * word may begin an e-mail address) and looked for again in every text node: a fifth of a brief's
 * compile (3 of 16 ms). Tables are tried at the start of every line of a paragraph: 0.5 of the 2
 * ms that MDX with GFM takes to parse a brief without one. A text where one may be, a text node or
 * an image's alternative text holding one of their marks, stops the compile here with
 * NeedsFullerGfm, before any other plugin has run, and is compiled again with more of GFM.
 * Addresses in a component's props (a callout's reference) are not text. remark-gfm has no option
 * to leave either out, hence this.
 */
export function remarkGfmLean(this: Processor, { tables }: GfmLeanOptions) {
  // Where remark-parse takes its extensions from, as remark-gfm registers them.
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), ...(tables ? [gfmTable()] : []), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push([gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), ...(tables ? [gfmTableFromMarkdown()] : []), gfmTaskListItemFromMarkdown()]);
  return (tree: Root) => {
    visit(tree, ['text', 'image'], (node) => {
      const text = node.type === 'text' ? (node as Text).value : ((node as Image).alt ?? '');
      if (AUTOLINK_MARK.test(text)) throw new NeedsFullerGfm('autolinks');
      if (!tables && text.includes(TABLE_MARK)) throw new NeedsFullerGfm('tables');
    });
  };
}

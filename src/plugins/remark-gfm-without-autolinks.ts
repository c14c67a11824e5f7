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
import { visit } from 'unist-util-visit';

/**
 * What every GFM autolink literal holds, as micromark-extension-gfm-autolink-literal and
 * mdast-util-gfm-autolink-literal find them: "www.", "://" (http and https) or "@" (e-mail,
 * mailto: and xmpp:). Their characters are plain text to every other construct, so a literal
 * always lies whole within one text node.
 */
const AUTOLINK_MARK = /@|www\.|:\/\//i;

/** Thrown (and caught by briefMdxRenderer) when a text may hold an autolink literal: it is then compiled with remark-gfm. */
class MayHoldAutolinks extends Error {
  constructor() {
    super('this text may hold a GFM autolink literal: compile it with remark-gfm');
  }
}

/**
 * remark-gfm less its autolink literals, for a brief whose text cannot hold one, which then
 * parses to the same tree: the same extensions of the same packages, in remark-gfm's order.
 * Autolink literals are tried at the start of every word (a word may begin an e-mail address)
 * and looked for again in every text node: a fifth of a brief's compile (3 of 16 ms). A text
 * where one may be, a text node or an image's alternative text holding one of their marks,
 * stops the compile here with MayHoldAutolinks, before any other plugin has run, and is compiled
 * again with remark-gfm. Addresses in a component's props (a callout's reference) are not text.
 * remark-gfm has no option to leave autolink literals out, hence this.
 */
export function remarkGfmWithoutAutolinks(this: Processor) {
  // Where remark-parse takes its extensions from, as remark-gfm registers them.
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push([gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]);
  return (tree: Root) => {
    visit(tree, ['text', 'image'], (node) => {
      const text = node.type === 'text' ? (node as Text).value : ((node as Image).alt ?? '');
      if (AUTOLINK_MARK.test(text)) throw new MayHoldAutolinks();
    });
  };
}

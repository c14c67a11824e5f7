import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { findDates } from '../lib/find-dates.ts';
import { isBrief } from './is-brief.ts';
import { splitText } from './split-text.ts';

const SKIP = new Set(['a', 'code', 'pre', 'time', 'abbr']);

/** Marks dates in a brief's text as `<time datetime>`, so machines read them as the reader does. */
export function rehypeDates() {
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    const walk = <T extends RootContent>(children: T[]): T[] =>
      children.flatMap((child) => {
        if (child.type === 'element') {
          if (!SKIP.has(child.tagName)) (child as Element).children = walk((child as Element).children);
          return [child];
        }
        if (child.type !== 'text') return [child];
        const wraps = findDates(child.value).map(({ start, end, datetime }) => ({
          start,
          end,
          wrap: (text: string): ElementContent => ({ type: 'element', tagName: 'time', properties: { dateTime: datetime }, children: [{ type: 'text', value: text }] }),
        }));
        return (splitText(child.value, wraps) ?? [child]) as T[];
      });
    tree.children = walk(tree.children);
  };
}

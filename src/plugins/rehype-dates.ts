import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { findDates } from '../lib/find-dates.ts';
import { isBrief } from './is-brief.ts';

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
        const found = findDates(child.value);
        if (found.length === 0) return [child];
        const out: ElementContent[] = [];
        let cursor = 0;
        for (const date of found) {
          if (date.start > cursor) out.push({ type: 'text', value: child.value.slice(cursor, date.start) });
          out.push({ type: 'element', tagName: 'time', properties: { dateTime: date.datetime }, children: [{ type: 'text', value: child.value.slice(date.start, date.end) }] });
          cursor = date.end;
        }
        if (cursor < child.value.length) out.push({ type: 'text', value: child.value.slice(cursor) });
        return out as T[];
      });
    tree.children = walk(tree.children);
  };
}

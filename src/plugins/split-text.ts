import type { ElementContent } from 'hast';

export interface Wrap {
  start: number;
  end: number;
  /** The element that replaces text[start, end), given that text. */
  wrap: (text: string) => ElementContent;
}

/**
 * Splits a text node's value around the given ranges (in order, not overlapping), wrapping each in
 * an element. Returns undefined when there is nothing to wrap, so callers keep the node as it is.
 */
export function splitText(value: string, wraps: readonly Wrap[]): ElementContent[] | undefined {
  if (wraps.length === 0) return undefined;
  const out: ElementContent[] = [];
  let cursor = 0;
  for (const { start, end, wrap } of wraps) {
    if (start > cursor) out.push({ type: 'text', value: value.slice(cursor, start) });
    out.push(wrap(value.slice(start, end)));
    cursor = end;
  }
  if (cursor < value.length) out.push({ type: 'text', value: value.slice(cursor) });
  return out;
}

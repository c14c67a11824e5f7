/**
 * `npm run new-brief` marks every text an author must replace as [[like this]]. Double square
 * brackets mean nothing in Markdown or MDX, so a left-over placeholder would otherwise be
 * published as written; the schema and the compiler refuse it instead.
 */
export const PLACEHOLDER = /\[\[[^\]\n]*\]\]/;

/** Paths of the string values that still hold a placeholder, e.g. ["summary", "keyPoints.1"]. */
export function placeholderPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, [...path, key]));
  return [];
}

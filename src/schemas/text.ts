import { z } from 'zod';

/**
 * What check and build say of text left empty (or only spaces) where it is required: zod's own
 * "Too small: expected string to have >=1 characters" names no fix.
 */
export const EMPTY_TEXT = 'empty: write it (docs/authoring.md shows every field)';

/**
 * What check and build say where text was expected and YAML read something else: zod's own
 * "expected string, received object" hides the usual cause, a ": " in text left unquoted, which
 * YAML reads as a key and its value. A missing field keeps zod's message, which the reports
 * replace with their own (MISSING_FIELD, MISSING_PROP).
 */
export function notText(issue: { code?: string; input?: unknown }): string | undefined {
  if (issue.code !== 'invalid_type' || issue.input === undefined) return undefined;
  const { input } = issue;
  if (Array.isArray(input)) return 'a list where text belongs: write one text (in quotes if it holds ": " or starts with "[")';
  if (input === null) return 'empty: write it (an empty value in YAML reads as null)';
  if (typeof input === 'object') return 'a key and a value where text belongs: in YAML, put text that holds ": " in quotes';
  return `${typeof input} where text belongs: put it in quotes`;
}

/** What they say of a text or an address that still holds an ellipsis where words belong, as an example's placeholders do. */
const ELLIPSIS = 'holds "…", a placeholder: write it out in full';

/** Text that says something: surrounding spaces dropped, not empty, and not a bare "…". */
export const text = z
  .string({ error: notText })
  .trim()
  .min(1, EMPTY_TEXT)
  .refine((value) => !/^(?:…|\.{3})$/.test(value), ELLIPSIS);

/** What they say of optional text given empty. */
export const EMPTY_OPTIONAL_TEXT = 'empty: write it, or leave the field out';

/** Text that may be left out, but says something when given (`givenText.max(n)` bounds it too). */
export const givenText = z.string({ error: notText }).trim().min(1, EMPTY_OPTIONAL_TEXT);
export const optionalText = givenText.optional();

/**
 * An absolute http(s) address a brief links to, written out in full: `fix` says what to give
 * instead of a value that is not one.
 */
export function linkedUrl(fix: string) {
  return z
    .url({ protocol: /^https?$/, error: (issue) => `${JSON.stringify(issue.input)} is not an address this brief can link: ${fix}` })
    .refine((url) => !/…|%E2%80%A6/i.test(url), ELLIPSIS);
}

/** A list that holds something: an empty one is refused with the fix. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item).min(1, 'empty: list at least one');
}

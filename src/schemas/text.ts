import { z } from 'zod';
import { smartypants } from '../lib/typography.ts';
import { unreachableAddress } from '../lib/unreachable-address.ts';

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

/**
 * Whether zod's issue is a field or prop not given ("expected string, received undefined"): the
 * reports say so in their own words (MISSING_FIELD, MISSING_PROP, MISSING_ENTRY_FIELD).
 */
export function notGiven(issue: { code: string; message: string }): boolean {
  return issue.code === 'invalid_type' && / received undefined$/.test(issue.message);
}

/** What they say of a text or an address that still holds an ellipsis where words belong, as an example's placeholders do. */
const ELLIPSIS = 'holds "…", a placeholder: write it out in full';

/**
 * Characters a reader cannot see that change what a text shows or matches: the controls that
 * reverse the direction of what follows them (U+202A to U+202E, U+2066 to U+2069), and spaces of
 * no width (U+200B, U+2060, U+FEFF). A title with one at its end passed as different from the same
 * title without; an unclosed U+202E turned the rest of a paragraph round. The joiners that some
 * scripts and emoji need (U+200C, U+200D) are allowed. And the control characters but tab and the
 * line ends, which print as nothing or as "�".
 */
export const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** What check and build say of a text that holds one, naming it by its code. */
export function invisibleProblem(value: string): string | undefined {
  const found = INVISIBLE.exec(value)?.[0];
  if (found === undefined) return undefined;
  const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  // A control character (an escape, a backspace, a NUL) pasted from a terminal or a PDF prints as nothing, or as "�".
  if (/[\u0000-\u001F\u007F]/u.test(found)) return `holds a control character, ${code}, which no page can show: delete it`;
  return `holds an invisible character, ${code}, that changes how the text shows or matches: delete it (the site sets each text's direction itself)`;
}

/**
 * Text as the site prints it: with typographer's quotes, dashes and ellipses, as the body's
 * paragraphs get them (rehype-typography), so a summary or a key point written plainly in YAML
 * ("the EU's", "in her words, "the reliable partner"") reads like the text beside it. `overwrite`
 * keeps the schema a string's, so fields still bound its length.
 */
export const typeset = (value: string) => smartypants(value);

/**
 * Markdown in a field the site prints as text (a key point, a label, a title): a link
 * `[the summit](/briefs/x/)`, `**bold**` or `` `code` `` would show as typed, its link never checked.
 */
const MARKDOWN = /\[[^\]\n]+\]\([^)\s]*\)|\*\*[^*\n]+\*\*|__[^_\n]+__|`[^`\n]+`/;

/** Why a field's text cannot be printed as given: a character no one sees, or Markdown. */
function plainTextProblem(value: string): string | undefined {
  const markdown = MARKDOWN.exec(value)?.[0];
  if (markdown) return `holds Markdown ("${markdown.slice(0, 40)}"), which this field prints as typed: write plain text; links and emphasis belong in the brief's text`;
  return invisibleProblem(value);
}

/** Text that says something: surrounding spaces dropped, not empty, not a bare "…", and nothing invisible or Markdown in it; typeset. */
export const text = z
  .string({ error: notText })
  .trim()
  .min(1, EMPTY_TEXT)
  .refine((value) => !/^(?:…|\.{3})$/.test(value), ELLIPSIS)
  .superRefine((value, ctx) => {
    const problem = plainTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .overwrite(typeset);

/** What they say of optional text given empty. */
export const EMPTY_OPTIONAL_TEXT = 'empty: write it, or leave the field out';

/** Text that may be left out, but says something when given (`givenText.max(n)` bounds it too). */
export const givenText = z
  .string({ error: notText })
  .trim()
  .min(1, EMPTY_OPTIONAL_TEXT)
  .superRefine((value, ctx) => {
    const problem = plainTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .overwrite(typeset);
export const optionalText = givenText.optional();

/**
 * An absolute http(s) address a brief links to, written out in full: `fix` says what to give
 * instead of a value that is not one.
 */
export function linkedUrl(fix: string) {
  return z
    .url({ protocol: /^https?$/, error: (issue) => `${JSON.stringify(issue.input)} is not an address this brief can link: ${fix}` })
    .refine((url) => !/…|%E2%80%A6/i.test(url), ELLIPSIS)
    .superRefine((url, ctx) => {
      const problem = unreachableAddress(url);
      if (problem) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(url)} ${problem}` });
    });
}

/**
 * What check and build say where a list was expected and something else was given: zod's
 * "expected array, received string" (which Astro words "Expected type `"array"`") names no fix,
 * and a single value written without brackets is the usual cause. `object` names what an object
 * is where it was written, and `fix` says how to write a list there. A missing field keeps zod's
 * message, as in notText.
 */
function notAList(object: string, fix: string) {
  return (issue: { code?: string; input?: unknown }): string | undefined => {
    if (issue.code !== 'invalid_type' || issue.input === undefined) return undefined;
    const { input } = issue;
    const what = input === null ? 'empty' : typeof input === 'object' ? object : `a single ${typeof input === 'string' ? 'text' : typeof input}`;
    return `${what} where a list belongs: ${fix}`;
  };
}

/** In the frontmatter and the registry, which are YAML. */
export const notList = notAList('a key and a value', 'write [a, b], or one item a line, each line starting with "- "');

/** In a brief component's prop, which is JSX. */
export const notPropList = notAList('an object', 'write it in braces and brackets, e.g. {["a", "b"]}');

/** A list, any length, refused with the fix when it is not one: in YAML, or (`prop`) as a component's prop. */
export function list<T extends z.ZodType>(item: T, { prop = false } = {}) {
  return z.array(item, { error: prop ? notPropList : notList });
}

/** A list that holds something: an empty one is refused with the fix. */
export function listOf<T extends z.ZodType>(item: T, options: { prop?: boolean } = {}) {
  return list(item, options).min(1, 'empty: list at least one');
}

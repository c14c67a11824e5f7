import { z } from 'zod';

/**
 * What check and build say of text left empty (or only spaces) where it is required: zod's own
 * "Too small: expected string to have >=1 characters" names no fix.
 */
export const EMPTY_TEXT = 'empty: write it (docs/authoring.md shows every field)';

/** Text that says something: surrounding spaces dropped, and not empty. */
export const text = z.string().trim().min(1, EMPTY_TEXT);

/** What they say of optional text given empty. */
export const EMPTY_OPTIONAL_TEXT = 'empty: write it, or leave the field out';

/** Text that may be left out, but says something when given (`givenText.max(n)` bounds it too). */
export const givenText = z.string().trim().min(1, EMPTY_OPTIONAL_TEXT);
export const optionalText = givenText.optional();

/** A list that holds something: an empty one is refused with the fix. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item).min(1, 'empty: list at least one');
}

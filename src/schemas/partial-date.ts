import { z } from 'zod';
import { parsePartialDate } from '../lib/dates.ts';

/**
 * A quoted date as precise as the source allows. YAML turns an unquoted 2025-04-04 into a Date
 * (and rolls 2026-13-45 over into 2027), so anything but a string is refused with the fix.
 */
export const partialDate = z.unknown().transform((value, ctx) => {
  if (value instanceof Date) {
    ctx.addIssue({
      code: 'custom',
      message: 'write the date in quotes, e.g. "2025-04-04" (an unquoted date is read as a timestamp and may roll over)',
    });
    return z.NEVER;
  }
  // Not given: the reports' own "missing" (MISSING_FIELD, MISSING_PROP), as for any other field.
  if (value === undefined) {
    ctx.addIssue({ code: 'invalid_type', expected: 'string', input: value });
    return z.NEVER;
  }
  if (typeof value !== 'string') {
    ctx.addIssue({ code: 'custom', message: `expected a quoted date "YYYY-MM-DD", "YYYY-MM" or "YYYY", got ${typeof value}` });
    return z.NEVER;
  }
  const parsed = parsePartialDate(value);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a real calendar date: use "YYYY-MM-DD", "YYYY-MM" or "YYYY" (months 01-12, days that exist in the month)`,
    });
    return z.NEVER;
  }
  return parsed;
}).meta({
  // What editors show and check, through the JSON schema Astro generates for the collection.
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'A quoted date, as precise as the source: "YYYY-MM-DD", "YYYY-MM" or "YYYY".',
});

/**
 * A date that has happened: a source's publication, the date its facts describe, a change to the
 * brief. A partial date counts from its first day ("2026-12" is in the future until 1 December
 * 2026); a day of slack allows for a date east of UTC. Events may lie ahead (a target year).
 */
export const pastDate = partialDate.refine((date) => Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) <= Date.now() + 24 * 60 * 60 * 1000, {
  error: (issue) => `"${(issue.input as { iso: string }).iso}" is after today: this date must have passed; check the year`,
});

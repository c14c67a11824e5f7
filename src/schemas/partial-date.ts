import { z } from 'zod';
import { DATE_PATTERN, MONTHS as NAMES, parsePartialDate } from '../lib/dates.ts';

const MONTHS = NAMES.map((m) => m.toLowerCase());
const two = (n: number) => String(n).padStart(2, '0');

/**
 * A date written another common way ("21/07/2025", "21 July 2025", "July 2025") in the site's
 * form, when it is a real date, to say what to write. Day first, as in British usage, unless the
 * first number cannot be a month's day and the second can.
 */
function asIso(value: string): string | undefined {
  const text = value.trim().toLowerCase().replace(/,/g, '');
  let candidate: string | undefined;
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), numeric[3]];
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    candidate = `${year}-${two(month)}-${two(day)}`;
  }
  const loose = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (loose) candidate = `${loose[1]}-${two(Number(loose[2]))}${loose[3] ? `-${two(Number(loose[3]))}` : ''}`;
  const named = /^(?:(\d{1,2})(?:st|nd|rd|th)? )?([a-z]+) (?:(\d{1,2})(?:st|nd|rd|th)? )?(\d{4})$/.exec(text);
  const month = named ? MONTHS.findIndex((m) => m === named[2] || (named[2]!.length >= 3 && m.startsWith(named[2]!))) + 1 : 0;
  if (named && month > 0) {
    const day = named[1] ?? named[3];
    candidate = `${named[4]}-${two(month)}${day ? `-${two(Number(day))}` : ''}`;
  }
  return candidate && parsePartialDate(candidate) ? candidate : undefined;
}

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
    const iso = asIso(value);
    ctx.addIssue({
      code: 'custom',
      message: DATE_PATTERN.test(value)
        ? `"${value}" is not a real calendar date: use "YYYY-MM-DD", "YYYY-MM" or "YYYY" (months 01-12, days that exist in the month)`
        : `"${value}" is not written as the site writes dates: ${iso ? `write "${iso}" (` : 'write '}"YYYY-MM-DD", or "YYYY-MM" or "YYYY" when the source is less precise${iso ? ')' : ''}`,
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

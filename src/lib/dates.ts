/** Dates in briefs are as precise as their source: a year, a month or a day. */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
  /** The date as written: "2025", "2025-04" or "2025-04-04". */
  iso: string;
}

/** A date as the site writes one: "YYYY-MM-DD", "YYYY-MM" or "YYYY" (whether it is a real date aside). */
export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The months' names, as the site writes them; one list for the dates it formats, finds and reads. */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns undefined for anything else, 2026-13-45 included. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year', iso: value };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month', iso: value };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day', iso: value };
}

/** "4 April 2025", "April 2025" or "2025": the reader sees exactly the precision the source gives. */
export function formatDate(date: PartialDate): string {
  const month = date.month === undefined ? undefined : MONTHS[date.month - 1];
  if (month === undefined) return String(date.year);
  if (date.day === undefined) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/** Orders dates chronologically; a less precise date sorts before the more precise dates it contains. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

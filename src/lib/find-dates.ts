import { MONTHS as NAMES } from './dates.ts';

const MONTHS = NAMES.map((m) => m.toLowerCase());
const MONTH = `(${NAMES.join('|')})`;
// "4 April 2025", "4 April" (a yearless date) and "April 2025", in that order of preference.
const PATTERN = new RegExp(`\\b(?:(\\d{1,2}) ${MONTH}(?: (\\d{4}))?|${MONTH} (\\d{4}))\\b`, 'g');

export interface FoundDate {
  start: number;
  end: number;
  /** A valid HTML datetime: "2025-04-04", "04-04" (yearless) or "2025-04". */
  datetime: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Dates written out in running text, as the `datetime` values of `<time>` elements. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [whole, day, dayMonth, dayYear, month, monthYear] = m;
    let datetime: string;
    if (day !== undefined) {
      const monthIndex = MONTHS.indexOf(dayMonth!.toLowerCase()) + 1;
      const year = dayYear ? Number(dayYear) : 2000; // a leap year, so 29 February passes when no year is given
      if (Number(day) < 1 || Number(day) > new Date(Date.UTC(year, monthIndex, 0)).getUTCDate()) continue;
      datetime = `${dayYear ? `${dayYear}-` : ''}${pad(monthIndex)}-${pad(Number(day))}`;
    } else {
      datetime = `${monthYear}-${pad(MONTHS.indexOf(month!.toLowerCase()) + 1)}`;
    }
    found.push({ start: m.index, end: m.index + whole.length, datetime });
  }
  return found;
}

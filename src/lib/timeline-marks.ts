import { fractionalYear, linearScale } from './scale.ts';
import type { PartialDate } from './dates.ts';

export interface Mark {
  x: number;
  row: number;
  /** Index of the (first) event the mark stands for. */
  index: number;
  /** How many events the mark stands for (1 unless grouped by year). */
  count: number;
  year: number;
}

/**
 * Places timeline marks: one per event, stacked upwards where they would overlap, or, past
 * `maxMarks` events, one bar per year whose height counts its events. Events come in date order,
 * so stacking is a greedy pass (linear), never a comparison of every pair.
 */
export function placeMarks(dates: readonly PartialDate[], x: (year: number) => number, minGap: number, maxMarks = 150): Mark[] {
  if (dates.length > maxMarks) {
    const byYear = new Map<number, Mark>();
    dates.forEach((date, index) => {
      const mark = byYear.get(date.year);
      if (mark) mark.count++;
      else byYear.set(date.year, { x: x(date.year + 0.5), row: 0, index, count: 1, year: date.year });
    });
    return [...byYear.values()];
  }
  const lastInRow: number[] = [];
  return dates.map((date, index) => {
    const cx = x(fractionalYear(date));
    let row = lastInRow.findIndex((last) => cx - last >= minGap);
    if (row === -1) row = lastInRow.length;
    lastInRow[row] = cx;
    return { x: cx, row, index, count: 1, year: date.year };
  });
}

/** Everything the timeline's chart draws, computed once per list of events. */
export interface ChartLayout {
  /** First year shown, and the year after the last. */
  from: number;
  to: number;
  width: number;
  marks: Mark[];
  /** One bar per year (many events) rather than one mark per event. */
  grouped: boolean;
  /** The largest count of a mark. */
  maxCount: number;
  /** Rows of marks above the axis. */
  rows: number;
  /** Years between ticks. */
  step: number;
}

/**
 * The chart of a timeline (or of one of its filters). Every page of a paginated timeline draws
 * the same chart, so its routes compute this once and hand it to each page: computed per page,
 * it made rendering quadratic (a 20,000-brief archive's 600 timeline pages each went through all
 * 60,000 events). A loop, not `Math.min(...years)`, which overflows the stack past some 100,000.
 */
export function chartLayout(dates: readonly PartialDate[], width = 960, minGap = 12): ChartLayout {
  let from = Infinity;
  let last = -Infinity;
  for (const { year } of dates) {
    if (year < from) from = year;
    if (year > last) last = year;
  }
  if (dates.length === 0) from = last = 0;
  const to = last + 1;
  const marks = placeMarks(dates, linearScale([from, to], [30, width - 30]), minGap);
  const grouped = marks.some((m) => m.count > 1);
  let maxCount = 1;
  let rows = 1;
  for (const mark of marks) {
    maxCount = Math.max(maxCount, mark.count);
    rows = Math.max(rows, mark.row + 1);
  }
  return { from, to, width, marks, grouped, maxCount, rows: grouped ? 6 : rows, step: to - from > 20 ? 5 : to - from > 8 ? 2 : 1 };
}

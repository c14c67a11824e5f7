import { fractionalYear } from './scale.ts';
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

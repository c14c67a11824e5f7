import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/find-dates.ts';

describe('dates in running text', () => {
  it('finds full, yearless and month dates with valid datetime values', () => {
    const text = 'On 4 April the leaders met; talks opened on 25 June 2024, after November 2024 and 29 February.';
    expect(findDates(text).map((d) => [text.slice(d.start, d.end), d.datetime])).toEqual([
      ['4 April', '04-04'],
      ['25 June 2024', '2024-06-25'],
      ['November 2024', '2024-11'],
      ['29 February', '02-29'],
    ]);
  });
  it('ignores impossible days and bare words', () => {
    expect(findDates('31 April 2025, 30 February 2024, in May we met')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { compareDates, formatDate, parsePartialDate } from '../../src/lib/dates.ts';

describe('parsePartialDate', () => {
  it('reads days, months and years with their precision', () => {
    expect(parsePartialDate('2025-04-04')).toMatchObject({ year: 2025, month: 4, day: 4, precision: 'day' });
    expect(parsePartialDate('2025-04')).toMatchObject({ year: 2025, month: 4, precision: 'month' });
    expect(parsePartialDate('1997')).toMatchObject({ year: 1997, precision: 'year' });
  });
  it('refuses impossible dates instead of rolling them over', () => {
    for (const bad of ['2026-13-45', '2026-02-30', '2025-00', '2025-04-00', '2023-02-29', '25-04-04', '2025/04/04', '', 'April 2025']) {
      expect(parsePartialDate(bad), bad).toBeUndefined();
    }
  });
  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29')?.day).toBe(29);
  });
});

describe('formatDate', () => {
  it('shows exactly the precision the source gives', () => {
    expect(formatDate(parsePartialDate('2025-04-04')!)).toBe('4 April 2025');
    expect(formatDate(parsePartialDate('2024-12')!)).toBe('December 2024');
    expect(formatDate(parsePartialDate('2029')!)).toBe('2029');
  });
});

describe('compareDates', () => {
  it('orders chronologically, a year before the days inside it', () => {
    const dates = ['2025-04-04', '1997', '2025', '2024-12', '2025-04-01'].map((d) => parsePartialDate(d)!);
    expect(dates.sort(compareDates).map((d) => d.iso)).toEqual(['1997', '2024-12', '2025', '2025-04-01', '2025-04-04']);
  });
});

import { describe, expect, it } from 'vitest';
import { barSpans, chartGroups, formatFigure, layoutBars } from '../../src/lib/figures.ts';

const part = (label: string, value: number | null) => ({ label, value, unit: 'EUR billion', section: 's', partOf: 'Package' });

describe('figures', () => {
  it('formats amounts, shares and open figures', () => {
    expect(formatFigure(2.5, 'EUR billion')).toBe('€2.5 billion');
    expect(formatFigure(3, '% of GDP')).toBe('3% of GDP');
    expect(formatFigure(1300, 'kilometres')).toBe('1,300 kilometres');
    expect(formatFigure(null, 'EUR billion')).toBe('amount not given');
  });
  it('groups parts of a whole, leaving single figures out of charts', () => {
    const groups = chartGroups([part('a', 1), part('b', 2), { label: 'total', value: 3, unit: 'EUR billion', section: 's' }]);
    expect(groups.map((g) => [g.title, g.figures.length])).toEqual([['Package', 2]]);
  });
  it('draws bars on one scale from zero and never invents a length for an open figure', () => {
    const bars = layoutBars([part('Transport', 3), part('Water', 6.4), part('Digital', null)], 320, 30);
    expect(bars.map((b) => Math.round(b.length))).toEqual([150, 320, 0]);
    expect(bars.map((b) => b.y)).toEqual([0, 30, 60]);
    expect(bars[2]!.text).toBe('amount not given');
  });
  it("draws a chart's bars from zero, a negative one left of it, none longer than its value says", () => {
    const round = ({ zero, bars }: ReturnType<typeof barSpans>) => ({ zero: Math.round(zero), bars: bars.map((b) => [Math.round(b.x * 10) / 10, Math.round(b.width * 10) / 10]) });
    // All of zero or more: zero at the left edge, as before.
    expect(round(barSpans([3, 2.5, 6.4]))).toEqual({ zero: 0, bars: [[0, 46.9], [0, 39.1], [0, 100]] });
    // A fall of 3 beside a rise of 1: zero a quarter in from the right, the fall three times the rise, leftwards.
    expect(round(barSpans([-3, 1, 0]))).toEqual({ zero: 75, bars: [[0, 75], [75, 25], [75, 0.5]] });
    // All below zero: zero at the right edge, every bar ending there.
    expect(round(barSpans([-2, -4]))).toEqual({ zero: 100, bars: [[50, 50], [0, 100]] });
    // A sliver for nothing stays inside the track.
    expect(round(barSpans([-5, 0]))).toEqual({ zero: 100, bars: [[0, 100], [99.5, 0.5]] });
  });
});

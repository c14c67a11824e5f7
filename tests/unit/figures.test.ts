import { describe, expect, it } from 'vitest';
import { chartGroups, formatFigure, layoutBars } from '../../src/lib/figures.ts';

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
});

import { linearScale } from './scale.ts';

export interface Figure {
  label: string;
  value: number | null;
  unit: string;
  section: string;
  partOf?: string | undefined;
}

/** "€3 billion", "3% of GDP", "1,300 kilometres"; a figure the source leaves open says so. */
export function formatFigure(value: number | null, unit: string): string {
  if (value === null) return 'amount not given';
  const number = value.toLocaleString('en-GB');
  if (unit.startsWith('EUR ')) return `€${number} ${unit.slice(4)}`;
  if (unit === 'EUR') return `€${number}`;
  if (unit.startsWith('%')) return `${number}%${unit.slice(1)}`;
  return `${number} ${unit}`;
}

/** Figures that share a `partOf` and are two or more: each group is drawn as one bar chart. */
export function chartGroups(figures: readonly Figure[]): { title: string; figures: Figure[] }[] {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (figure.partOf) groups.set(figure.partOf, [...(groups.get(figure.partOf) ?? []), figure]);
  }
  return [...groups].filter(([, list]) => list.length > 1).map(([title, list]) => ({ title, figures: list }));
}

export interface Bar {
  figure: Figure;
  y: number;
  /** Bar length; 0 for a figure without an amount, which is drawn as a note, never as a guess. */
  length: number;
  text: string;
}

/** Horizontal bars on one scale from zero, so lengths compare honestly. */
export function layoutBars(figures: readonly Figure[], barSpace: number, rowHeight: number): Bar[] {
  const max = Math.max(0, ...figures.map((f) => f.value ?? 0));
  const x = linearScale([0, max || 1], [0, barSpace]);
  return figures.map((figure, i) => ({
    figure,
    y: i * rowHeight,
    length: figure.value === null ? 0 : x(figure.value),
    text: formatFigure(figure.value, figure.unit),
  }));
}

/** Where a bar of a `<Figure type="bar">` lies on its track, in percent of the track's width. */
export interface BarSpan {
  x: number;
  width: number;
}

/**
 * The bars of a `<Figure type="bar">` on one scale from zero: with a negative value, zero moves
 * in from the left edge and that bar runs left of it (a fall of 3% is not drawn as the same
 * sliver as nothing). A bar too short to see is drawn at the least visible width, from zero.
 */
export function barSpans(values: readonly number[], least = 0.5): { zero: number; bars: BarSpan[] } {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const range = max - min || 1;
  const zero = min < 0 ? (-min / range) * 100 : 0;
  const bars = values.map((value) => {
    const width = Math.max(least, (Math.abs(value) / range) * 100);
    return { x: value < 0 ? Math.max(0, zero - width) : Math.min(zero, 100 - width), width };
  });
  return { zero, bars };
}

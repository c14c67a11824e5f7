/** A linear scale from a domain onto a range, as d3-scale does; hand-written as it is three lines. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) {
  const span = d1 - d0 || 1;
  return (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** A date as a fractional year, placed mid-period when only the year or month is known. */
export function fractionalYear(date: { year: number; month?: number | undefined; day?: number | undefined }): number {
  if (date.month === undefined) return date.year + 0.5;
  if (date.day === undefined) return date.year + (date.month - 0.5) / 12;
  return date.year + (date.month - 1) / 12 + (date.day - 0.5) / 365;
}

/** Round ticks every `step` years covering [from, to]. */
export function yearTicks(from: number, to: number, step: number): number[] {
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}

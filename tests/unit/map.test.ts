import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { drawMap, shadeLegend, shadeOf, type CountryShape } from '../../src/lib/map.ts';

const square = (lon: number, lat: number, size = 10): CountryShape => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon, lat + size], [lon + size, lat + size], [lon + size, lat], [lon, lat]]] } as Polygon,
});

describe('map projection', () => {
  const land: Feature<Polygon> = square(-170, -80, 340) as Feature<Polygon>;
  it('fits the world into the width, keeping the projection\'s proportions', () => {
    const map = drawMap({ width: 960, land, countries: [{ key: 'countries/a', name: 'A', count: 2, shape: square(60, 40) }] });
    expect(map.width).toBe(960);
    expect(map.height).toBeGreaterThan(400);
    expect(map.height).toBeLessThan(560);
    expect(map.countries).toHaveLength(1);
    expect(map.countries[0]!.d).toMatch(/^M\d+,\d+/);
  });
  it('fits a regional map to its countries and draws a route through their centroids, in order', () => {
    const a = square(50, 40);
    const b = square(70, 40);
    const map = drawMap({ width: 600, land, countries: [], fitTo: [a, b], route: [a, b] });
    const [[x0, y0], [x1, y1]] = map.route!.points as [[number, number], [number, number]];
    expect(x0).toBeLessThan(x1);
    expect(Math.abs(y0 - y1)).toBeLessThanOrEqual(2);
    expect(x0).toBeGreaterThan(0);
    expect(x1).toBeLessThan(600);
    expect(map.route!.d).toBe(`M${x0},${y0}L${x1},${y1}`);
  });
  it('draws a world map again as it first drew it, with each page\'s own mark', () => {
    const world = () => square(-170, -80, 340) as Feature<Polygon>;
    const a = square(60, 40);
    const b = square(-20, 10, 30);
    const countries = [
      { key: 'countries/a', name: 'A', count: 2, shape: a },
      { key: 'countries/b', name: 'B', count: 1, shape: b },
    ];
    const shared = world();
    const first = drawMap({ width: 960, land: shared, countries, mark: a });
    const again = drawMap({ width: 960, land: shared, countries, mark: b });
    // A land never drawn before: nothing it holds comes from the maps above.
    const fresh = drawMap({ width: 960, land: world(), countries: countries.map((c) => ({ ...c, shape: structuredClone(c.shape) })), mark: structuredClone(b) });
    expect(again).toEqual(fresh);
    expect({ ...first, marker: undefined }).toEqual({ ...again, marker: undefined });
    expect(first.marker).not.toEqual(again.marker);
    // Another width is another frame.
    expect(drawMap({ width: 480, land: shared, countries }).height).toBeLessThan(first.height);
  });
  it('shades by thirds of the largest count', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => shadeOf(n, 6))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(shadeOf(1, 1)).toBe(1);
  });
});

describe('map legend', () => {
  it('gives the numbers each shade stands for, leaving out empty shades', () => {
    expect(shadeLegend([1, 1, 2, 3, 5, 6])).toEqual([
      { shade: 1, label: '1–2 briefs' },
      { shade: 2, label: '3 briefs' },
      { shade: 3, label: '5–6 briefs' },
    ]);
    expect(shadeLegend([1, 1])).toEqual([{ shade: 1, label: '1 brief' }]);
    expect(shadeLegend([1, 3])).toEqual([{ shade: 1, label: '1 brief' }, { shade: 3, label: '3 briefs' }]);
    // An archive's counts, written as the rest of the site writes numbers.
    expect(shadeLegend([2, 1500, 20000]).at(-1)).toEqual({ shade: 3, label: '20,000 briefs' });
  });
});

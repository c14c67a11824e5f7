import { geoCentroid, geoNaturalEarth1, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { formatCount } from './labels.ts';

export type CountryShape = Feature<Polygon | MultiPolygon, { name?: string }>;

export interface MapCountry {
  key: string;
  name: string;
  /** How many briefs mention it: the shade. */
  count: number;
  shape: CountryShape;
}

export interface DrawnMap {
  width: number;
  height: number;
  land: string;
  countries: (Omit<MapCountry, 'shape'> & { d: string })[];
  route?: { d: string; points: [number, number][] } | undefined;
  /** The centre of the marked country, so even a small one is seen. */
  marker?: [number, number] | undefined;
}

/** Shade classes 1 to 3 by number of briefs, so the legend stays readable whatever the counts. */
export function shadeOf(count: number, max: number): 1 | 2 | 3 {
  if (max <= 1 || count <= max / 3) return 1;
  return count <= (2 * max) / 3 ? 2 : 3;
}

/** What each shade stands for, from the counts shown: "1 brief", "2–3 briefs"; empty shades left out. */
export function shadeLegend(counts: number[]): { shade: 1 | 2 | 3; label: string }[] {
  const max = Math.max(1, ...counts);
  return ([1, 2, 3] as const).flatMap((shade) => {
    const own = counts.filter((c) => shadeOf(c, max) === shade);
    if (own.length === 0) return [];
    const lo = Math.min(...own);
    const hi = Math.max(...own);
    return [{ shade, label: `${lo === hi ? formatCount(lo) : `${formatCount(lo)}–${formatCount(hi)}`} ${hi === 1 ? 'brief' : 'briefs'}` }];
  });
}

/** A projection fitted to a frame, its path, and what it has drawn. */
interface Frame {
  projection: GeoProjection;
  path: GeoPath;
  height: number;
  land: string;
  /** Each country's path in this frame, once drawn. */
  shapes: WeakMap<CountryShape, string>;
}

/**
 * World maps' frames, by land and then by width and margin: every country's first page draws the
 * same world, land and countries, and marks its own country; the world is drawn once a build.
 */
const worldFrames = new WeakMap<object, Map<string, Frame>>();

function frameOf(width: number, land: Feature<Geometry> | FeatureCollection, fitTo: CountryShape[] | undefined, margin: number): Frame {
  const world = !fitTo?.length;
  const key = `${width} ${margin}`;
  const known = world ? worldFrames.get(land)?.get(key) : undefined;
  if (known) return known;
  const projection = geoNaturalEarth1();
  const target: FeatureCollection = !world ? { type: 'FeatureCollection', features: fitTo } : { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Sphere' } as unknown as Geometry }] };
  const provisional = 1000;
  projection.fitWidth(provisional, target);
  const [[, y0], [, y1]] = geoPath(projection).bounds(target);
  const pad = Math.round(width * margin);
  const height = Math.ceil(((y1 - y0) / provisional) * (width - 2 * pad)) + 2 * pad;
  projection.fitExtent(
    [
      [4 + pad, 4 + pad],
      [width - 4 - pad, height - 4 - pad],
    ],
    target,
  );
  // Clipping to the frame drops what lies outside a regional map instead of drawing it unseen.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(0);
  const frame = { projection, path, height, land: path(land as Feature<Geometry>) ?? '', shapes: new WeakMap<CountryShape, string>() };
  if (world) worldFrames.set(land, (worldFrames.get(land) ?? new Map<string, Frame>()).set(key, frame));
  return frame;
}

/**
 * Draws the land and the given countries (Natural Earth projection), fitted to `fitTo` or to
 * the whole world, with coordinates rounded to whole pixels to keep the SVG small. A route, if
 * given, is a line through the centroids of its countries, in order: schematic by design.
 */
export function drawMap(options: {
  width: number;
  land: Feature<Geometry> | FeatureCollection;
  countries: MapCountry[];
  fitTo?: CountryShape[] | undefined;
  /** Share of the width left around the fitted countries, so their neighbours show. */
  margin?: number | undefined;
  route?: CountryShape[] | undefined;
  mark?: CountryShape | undefined;
}): DrawnMap {
  const { width, land, countries, fitTo, route, mark, margin = 0 } = options;
  const { projection, path, height, land: landPath, shapes } = frameOf(width, land, fitTo, margin);
  const drawn = (shape: CountryShape) => {
    let d = shapes.get(shape);
    if (d === undefined) shapes.set(shape, (d = path(shape) ?? ''));
    return d;
  };
  const points = route?.map((shape) => projection(geoCentroid(shape))).filter((p): p is [number, number] => p !== null).map(([x, y]) => [Math.round(x), Math.round(y)] as [number, number]);
  const centre = mark ? projection(geoCentroid(mark)) : null;
  return {
    marker: centre ? [Math.round(centre[0]), Math.round(centre[1])] : undefined,
    width,
    height,
    land: landPath,
    countries: countries.map(({ shape, ...rest }) => ({ ...rest, d: drawn(shape) })).filter((c) => c.d !== ''),
    route: points && points.length > 1 ? { d: `M${points.map((p) => p.join(',')).join('L')}`, points } : undefined,
  };
}

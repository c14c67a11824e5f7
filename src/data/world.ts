import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries/index.js';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CountryShape } from '../lib/map.ts';

const require = createRequire(import.meta.url);

let world: { land: Feature<Geometry> | FeatureCollection; byNumeric: Map<string, CountryShape> } | undefined;

/**
 * Natural Earth shapes from world-atlas: the 1:110m set for drawing, with the 1:50m set filling in
 * countries too small for it (Singapore). Loaded once per build, never shipped to the browser.
 */
export function getWorld() {
  if (world) return world;
  const load = (name: string) => require(`world-atlas/${name}.json`) as Topology;
  const small = load('countries-110m');
  const detailed = load('countries-50m');
  const shapes = (topology: Topology) =>
    (feature(topology, topology.objects['countries']!) as unknown as FeatureCollection<CountryShape['geometry'], { name?: string }>).features;
  const byNumeric = new Map<string, CountryShape>();
  for (const shape of shapes(detailed)) if (shape.id !== undefined) byNumeric.set(String(shape.id), shape);
  for (const shape of shapes(small)) if (shape.id !== undefined) byNumeric.set(String(shape.id), shape);
  world = { land: feature(small, small.objects['land']!) as unknown as FeatureCollection, byNumeric };
  return world;
}

/** The Natural Earth shape of a country, by its ISO 3166 alpha-2 code. */
export function countryShape(iso: string): CountryShape | undefined {
  const numeric = countries.alpha2ToNumeric(iso);
  return numeric ? getWorld().byNumeric.get(numeric) : undefined;
}

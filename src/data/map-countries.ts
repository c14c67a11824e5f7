import { getEntities } from './entities.ts';
import { getEntityMentions } from './mentions.ts';
import { countryShape } from './world.ts';
import type { MapCountry } from '../lib/map.ts';

let countries: Promise<Map<string, MapCountry>> | undefined;

/** Every country the briefs discuss that has a shape, with its number of briefs (once per build). */
export function getMapCountries(): Promise<Map<string, MapCountry>> {
  countries ??= Promise.all([getEntities(), getEntityMentions()]).then(([entities, mentions]) => {
    const result = new Map<string, MapCountry>();
    for (const [key, entity] of entities) {
      const shape = entity.kind === 'countries' && entity.iso ? countryShape(entity.iso) : undefined;
      const count = mentions.get(key)?.length ?? 0;
      if (shape && count > 0) result.set(key, { key, name: entity.name, count, shape });
    }
    return result;
  });
  return countries;
}

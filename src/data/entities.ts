import { getCollection } from 'astro:content';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../schemas/entity.ts';

export const KIND_LABELS: Record<EntityKind, { plural: string; singular: string }> = {
  countries: { plural: 'Countries', singular: 'Country' },
  regions: { plural: 'Regions', singular: 'Region' },
  organisations: { plural: 'Organisations', singular: 'Organisation' },
  people: { plural: 'People', singular: 'Person' },
  topics: { plural: 'Topics', singular: 'Topic' },
};

let all: Promise<Map<string, Entity & { kind: EntityKind }>> | undefined;

/** Every registered entity by key ("countries/japan"), loaded once per build. */
export function getEntities(): Promise<Map<string, Entity & { kind: EntityKind }>> {
  all ??= Promise.all(
    ENTITY_KINDS.map(async (kind) =>
      (await getCollection(kind)).map((entry) => [`${kind}/${entry.id}`, { ...(entry.data as Entity), kind }] as const),
    ),
  ).then((lists) => new Map(lists.flat()));
  return all;
}

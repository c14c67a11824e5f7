import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { briefLoader } from './loaders/brief-loader.ts';
import { createBriefSchema } from './schemas/brief.ts';
import { countrySchema, entitySchema, glossarySchema } from './schemas/entity.ts';
import { contentRoot } from './lib/content-root.ts';
import { siteSettings } from './lib/site-settings.ts';
import { loadRegistry, registryIds } from './lib/registry.ts';

const root = contentRoot();
const path = (name: string) => new URL(name, root).pathname;

const briefs = defineCollection({
  loader: briefLoader(root, siteSettings(process.env).base),
  schema: createBriefSchema(registryIds(loadRegistry(root))),
});

const entities = (name: string, schema: typeof entitySchema | typeof countrySchema) =>
  defineCollection({ loader: file(path(`entities/${name}.yaml`)), schema });

export const collections = {
  briefs,
  countries: entities('countries', countrySchema),
  regions: entities('regions', entitySchema),
  organisations: entities('organisations', entitySchema),
  people: entities('people', entitySchema),
  topics: entities('topics', entitySchema),
  glossary: defineCollection({ loader: file(path('glossary.yaml')), schema: glossarySchema }),
};

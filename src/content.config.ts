import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { briefLoader } from './loaders/brief-loader.ts';
import { retiredLoader } from './loaders/retired-loader.ts';
import { retiredListSchema } from './schemas/retired.ts';
import { createBriefSchema } from './schemas/brief.ts';
import { countrySchema, entitySchema, glossarySchema } from './schemas/entity.ts';
import { contentRoot, projectRoot } from './lib/content-root.ts';
import { loadRegistry, registryIds } from './lib/registry.ts';

// The project root, from this code's own place (the same folder as Astro's config.root,
// whatever the working directory or `--root` given).
const root = projectRoot;
const content = contentRoot(root);
// file() resolves from config.root; a relative path keeps absolute paths out of the store.
const path = (name: string) => relative(fileURLToPath(root), fileURLToPath(new URL(name, content)));

const briefs = defineCollection({
  loader: briefLoader(),
  schema: createBriefSchema(registryIds(loadRegistry(content))),
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
  retired: defineCollection({ loader: retiredLoader(), schema: retiredListSchema }),
};

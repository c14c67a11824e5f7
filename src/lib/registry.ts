import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { countrySchema, ENTITY_KINDS, entitySchema, glossarySchema, type Entity, type EntityKind, type GlossaryEntry } from '../schemas/entity.ts';
import type { RegistryIds } from '../schemas/brief.ts';

export interface Registry {
  entities: Record<EntityKind, Entity[]>;
  glossary: GlossaryEntry[];
}

function readList<T extends z.ZodType>(file: URL, schema: T): z.output<T>[] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file.pathname}: not valid YAML: ${(error as Error).message}`);
  }
  const result = z.array(schema).safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file.pathname}: invalid entries\n${problems.join('\n')}`);
  }
  const seen = new Set<string>();
  for (const entry of result.data as { id: string }[]) {
    if (seen.has(entry.id)) throw new Error(`${file.pathname}: id "${entry.id}" is listed twice`);
    seen.add(entry.id);
  }
  return result.data;
}

/**
 * Reads the entity registry and glossary synchronously: the content schema, the Markdown plugins
 * and the command-line checker all need them before Astro's own collections are loaded.
 */
export function loadRegistry(contentDir: URL): Registry {
  const entities = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [
      kind,
      readList(new URL(`entities/${kind}.yaml`, contentDir), kind === 'countries' ? countrySchema : entitySchema),
    ]),
  ) as Record<EntityKind, Entity[]>;
  return { entities, glossary: readList(new URL('glossary.yaml', contentDir), glossarySchema) };
}

export function registryIds(registry: Registry): RegistryIds {
  const ids = {} as Record<EntityKind, string[]>;
  for (const kind of ENTITY_KINDS) ids[kind] = registry.entities[kind].map((e) => e.id);
  return ids;
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { countrySchema, ENTITY_KINDS, entitySchema, glossarySchema, type Entity, type EntityKind, type GlossaryEntry } from '../schemas/entity.ts';
import type { RegistryIds } from '../schemas/brief.ts';
import { readYaml } from './yaml-lines.ts';

export interface Registry {
  entities: Record<EntityKind, Entity[]>;
  glossary: GlossaryEntry[];
}

interface List<T> {
  data: T[];
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

function readList<T extends z.ZodType>(file: URL, schema: T): List<z.output<T>> {
  const yaml = readYaml(readFileSync(file, 'utf8'));
  if (yaml.error) throw new Error(`${file.pathname}: line ${yaml.error.line}: not valid YAML: ${yaml.error.message}`);
  // An entry's id, where it has one, names it better than its index in the list.
  const entry = (index: PropertyKey | undefined) => {
    const id = Array.isArray(yaml.data) && typeof index === 'number' ? (yaml.data[index] as { id?: unknown } | null)?.id : undefined;
    return typeof id === 'string' ? `entry "${id}"` : `entry ${String(index)}`;
  };
  const result = z.array(schema).safeParse(yaml.data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [index, ...field] = issue.path;
      const where = index === undefined ? 'the file (a list of entries, each starting "- id:")' : `${entry(index)}${field.length > 0 ? `, ${field.join('.')}` : ''}`;
      return `  line ${yaml.lineOf(issue.path) ?? '?'}: ${where}: ${issue.message}`;
    });
    throw new Error(`${file.pathname}: invalid entries\n${problems.join('\n')}`);
  }
  const seen = new Set<string>();
  (result.data as { id: string }[]).forEach(({ id }, index) => {
    if (seen.has(id)) throw new Error(`${file.pathname}: line ${yaml.lineOf([index, 'id'])}: id "${id}" is listed twice: give each entry its own id`);
    seen.add(id);
  });
  return { data: result.data, lineOf: yaml.lineOf };
}

/**
 * Mentions are found by name and alias (src/lib/mentions.ts), so each must lead to one entity:
 * "EU" as an alias of a country would take the European Union's mentions, silently. Names are
 * compared as they are matched: case-sensitively, topics among themselves and without case.
 */
function checkNames(lists: Record<EntityKind, List<Entity>>, contentDir: URL): void {
  const owners = new Map<string, { key: string; where: string }>();
  for (const kind of ENTITY_KINDS) {
    const file = new URL(`entities/${kind}.yaml`, contentDir);
    lists[kind].data.forEach((entity, index) => {
      const key = `${kind} "${entity.id}"`;
      [entity.name, ...entity.aliases].forEach((name, n) => {
        const spaced = name.trim().replace(/\s+/g, ' ');
        const matched = kind === 'topics' ? `topic ${spaced.toLowerCase()}` : spaced;
        const where = `${file.pathname}: line ${lists[kind].lineOf(n === 0 ? [index, 'name'] : [index, 'aliases', n - 1])}`;
        const owner = owners.get(matched);
        if (owner && owner.key !== key) {
          throw new Error(`"${name}" leads to two entities, ${owner.key} and ${key}: each name or alias must lead to one entity, or the text's mentions go to the wrong one; remove or change one of them\n  ${owner.where}\n  ${where}`);
        }
        owners.set(matched, { key, where });
      });
    });
  }
}

/**
 * Reads the entity registry and glossary synchronously: the content schema, the Markdown plugins
 * and the command-line checker all need them before Astro's own collections are loaded.
 */
export function loadRegistry(contentDir: URL): Registry {
  const lists = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, readList(new URL(`entities/${kind}.yaml`, contentDir), kind === 'countries' ? countrySchema : entitySchema)]),
  ) as Record<EntityKind, List<Entity>>;
  checkNames(lists, contentDir);
  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, lists[kind].data])) as Record<EntityKind, Entity[]>;
  return { entities, glossary: readList(new URL('glossary.yaml', contentDir), glossarySchema).data };
}

export function registryIds(registry: Registry): RegistryIds {
  const ids = {} as Record<EntityKind, string[]>;
  for (const kind of ENTITY_KINDS) ids[kind] = registry.entities[kind].map((e) => e.id);
  return ids;
}

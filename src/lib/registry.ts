import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isAcronym } from './stop-words.ts';
import { countrySchema, ENTITY_KINDS, entitySchema, glossarySchema, type Entity, type EntityKind, type GlossaryEntry } from '../schemas/entity.ts';
import type { RegistryIds } from '../schemas/brief.ts';
import { readYaml, yamlSyntaxProblem } from './yaml-lines.ts';
import { notGiven } from '../schemas/text.ts';
import { authorError } from './author-error.ts';

export interface Registry {
  entities: Record<EntityKind, Entity[]>;
  glossary: GlossaryEntry[];
}

interface List<T> {
  data: T[];
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** What check and build say of an entry's required field that is not there. */
export const MISSING_ENTRY_FIELD = 'missing: add it to the entry, as the other entries of the file have it';

/** An error in the registry's or the glossary's files, which Astro prints when the config cannot load. */
function contentError(message: string): Error {
  return authorError(new Error(message));
}

function readList<T extends z.ZodType>(file: URL, schema: T): List<z.output<T>> {
  const text = readFileSync(file, 'utf8');
  // Read as UTF-8, bytes that are not (a file saved as Latin-1) are U+FFFD, and would be published so.
  const bad = text.split('\n').findIndex((line) => line.includes('\uFFFD'));
  if (bad >= 0) throw contentError(`${file.pathname}: line ${bad + 1}: bytes that are not UTF-8 (they would show as "\uFFFD"): save the file as UTF-8`);
  const yaml = readYaml(text);
  if (yaml.error) {
    // Explained as a brief's frontmatter is: the quote left open, the key given twice, the tab.
    const { line, message } = yamlSyntaxProblem(text, yaml.error.line, yaml.error.message);
    throw contentError(`${file.pathname}: line ${line}: ${message}`);
  }
  if (yaml.data === null || yaml.data === undefined) throw contentError(`${file.pathname}: line 1: the file is empty: list its entries, each starting "- id:", or write [] for none`);
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
      // A field not given is said to be missing, as a brief's is.
      return `  line ${yaml.lineOf(issue.path) ?? '?'}: ${where}: ${notGiven(issue) ? MISSING_ENTRY_FIELD : issue.message}`;
    });
    throw contentError(`${file.pathname}: invalid entries\n${problems.join('\n')}`);
  }
  const seen = new Set<string>();
  (result.data as { id: string }[]).forEach(({ id }, index) => {
    if (seen.has(id)) throw contentError(`${file.pathname}: line ${yaml.lineOf([index, 'id'])}: id "${id}" is listed twice: give each entry its own id`);
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
  type Owner = { key: string; where: string };
  // Other entities' names as written; every entity's names in lower case, topics' and others'
  // apart. A topic's name matches in any case, so it also takes the mentions of another entity's
  // name that differs from it only in case ("japan" as a topic's alias takes Japan's).
  const exact = new Map<string, Owner>();
  const topics = new Map<string, Owner>();
  const others = new Map<string, Owner>();
  for (const kind of ENTITY_KINDS) {
    const file = new URL(`entities/${kind}.yaml`, contentDir);
    const topic = kind === 'topics';
    lists[kind].data.forEach((entity, index) => {
      const key = `${kind} "${entity.id}"`;
      [entity.name, ...entity.aliases].forEach((name, n) => {
        const spaced = name.trim().replace(/\s+/g, ' ');
        const lower = spaced.toLowerCase();
        const where = `${file.pathname}: line ${lists[kind].lineOf(n === 0 ? [index, 'name'] : [index, 'aliases', n - 1])}`;
        const owners = topic ? [topics.get(lower), others.get(lower)] : [exact.get(spaced), topics.get(lower)];
        const owner = owners.find((o) => o !== undefined && o.key !== key);
        if (owner) {
          throw contentError(`"${name}" leads to two entities, ${owner.key} and ${key}: each name or alias must lead to one entity, or the text's mentions go to the wrong one; remove or change one of them\n  ${owner.where}\n  ${where}`);
        }
        if (!topic) exact.set(spaced, { key, where });
        (topic ? topics : others).set(lower, { key, where });
      });
    });
  }
}

/** Each country has a code of its own: two with one code would share one shape on every map. */
function checkIsoCodes(countries: List<Entity>, contentDir: URL): void {
  const file = new URL('entities/countries.yaml', contentDir).pathname;
  const seen = new Map<string, string>();
  countries.data.forEach((country, index) => {
    if (!country.iso) return;
    const where = `${file}: line ${countries.lineOf([index, 'iso'])}`;
    const before = seen.get(country.iso);
    if (before) throw contentError(`ISO code "${country.iso}" is given to two countries: each country has its own code, which finds its shape on the maps\n  ${before}\n  ${where}`);
    seen.set(country.iso, `${where} (countries "${country.id}")`);
  });
}

/**
 * An abbreviation leads to one expansion, and is not an entity's name: "EU" listed twice took
 * the later expansion on every page, and "Japan" as an abbreviation took the country's links.
 */
function checkGlossary(glossary: List<GlossaryEntry>, lists: Record<EntityKind, List<Entity>>, contentDir: URL): void {
  const file = new URL('glossary.yaml', contentDir).pathname;
  const names = new Map<string, string>();
  for (const kind of ENTITY_KINDS) {
    lists[kind].data.forEach((entity, index) => names.set(entity.name, `${new URL(`entities/${kind}.yaml`, contentDir).pathname}: line ${lists[kind].lineOf([index, 'name'])}`));
  }
  // An entity's alias may be an abbreviation ("EU", "FT") that the glossary spells out too, as
  // that entity: not as another ("Trump" for the Financial Times would expand the President's name).
  // Topics match in any case, so "gdp" as a topic's alias is the abbreviation "GDP".
  const aliases = new Map<string, { names: string[]; where: string }>();
  for (const kind of ENTITY_KINDS) {
    lists[kind].data.forEach((entity, index) => {
      entity.aliases.forEach((alias, at) => {
        const entry = { names: [entity.name, ...entity.aliases], where: `${new URL(`entities/${kind}.yaml`, contentDir).pathname}: line ${lists[kind].lineOf([index, 'aliases', at])}` };
        aliases.set(kind === 'topics' ? alias.toLowerCase() : alias, entry);
      });
    });
  }
  const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const seen = new Map<string, string>();
  glossary.data.forEach((entry, index) => {
    const where = `${file}: line ${glossary.lineOf([index, 'abbr'])}`;
    const before = seen.get(entry.abbr);
    if (before) throw contentError(`abbreviation "${entry.abbr}" is listed twice: give each abbreviation one entry, with one expansion\n  ${before}\n  ${where}`);
    seen.set(entry.abbr, where);
    const named = names.get(entry.abbr);
    if (named) throw contentError(`abbreviation "${entry.abbr}" is an entity's name: an abbreviation of the glossary is not a name the registry links; remove it, or give the entity a fuller name\n  ${named}\n  ${where}`);
    const alias = aliases.get(entry.abbr) ?? aliases.get(entry.abbr.toLowerCase());
    // The same entity: the expansion is one of its names, or, for an acronym in its name ("BEAR
    // Jean Monnet network"), what the letters stand for ("Between the EU and Russia").
    const same =
      alias &&
      (alias.names.some((name) => plain(name).includes(plain(entry.expansion)) || plain(entry.expansion).includes(plain(name))) ||
        (isAcronym(entry.abbr) && ` ${plain(alias.names[0]!)} `.includes(` ${plain(entry.abbr)} `)));
    if (alias && !same) {
      throw contentError(`abbreviation "${entry.abbr}" stands for "${entry.expansion}", but it is an alias of "${alias.names[0]}": the text would link one and spell out the other; give the right expansion, or remove the alias or the abbreviation\n  ${alias.where}\n  ${where}`);
    }
  });
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
  checkIsoCodes(lists.countries, contentDir);
  const glossary = readList(new URL('glossary.yaml', contentDir), glossarySchema);
  checkGlossary(glossary, lists, contentDir);
  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, lists[kind].data])) as Record<EntityKind, Entity[]>;
  return { entities, glossary: glossary.data };
}

export function registryIds(registry: Registry): RegistryIds {
  const ids = {} as Record<EntityKind, string[]>;
  for (const kind of ENTITY_KINDS) ids[kind] = registry.entities[kind].map((e) => e.id);
  return ids;
}

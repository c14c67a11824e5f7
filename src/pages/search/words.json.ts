import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getEntities } from '../../data/entities.ts';
import { getEntityMentions } from '../../data/mentions.ts';
import { vocabularyOf, type Vocabulary } from '../../lib/query-suggest.ts';
import { isAcronym } from '../../lib/stop-words.ts';

/**
 * The words the search page corrects a misspelt query to ("did you mean"), and whose names it
 * holds whole ("Stubb" is not "stubborn"): the names and aliases of the entities that have a page,
 * and the glossary's abbreviations and their expansions; and what each abbreviation stands for,
 * offered for one no brief writes. Fetched with the search index; the registry's size, not the archive's.
 */
export const GET: APIRoute = async () => {
  const [entities, mentions, glossary] = await Promise.all([getEntities(), getEntityMentions(), getCollection('glossary')]);
  const named = [...entities].filter(([key]) => mentions.has(key)).map(([, e]) => e);
  const names = named.flatMap((e) => [e.name, ...e.aliases]);
  const terms = glossary.flatMap((g) => [g.data.abbr, g.data.expansion]);
  // An abbreviation stands for its name in full: the glossary's, then an entity's alias written as one ("FT");
  // and any other alias of one word for the entity's name ("Chinese" for China), searched when no brief writes it.
  const expansions: Record<string, string> = {};
  for (const g of glossary) expansions[g.data.abbr.toLowerCase()] ??= g.data.expansion;
  // (Not a topic's: its aliases are ways of writing the topic, "cybersecurity", which the search parts as the briefs write it.)
  for (const e of named) for (const alias of e.aliases) if (isAcronym(alias) || (e.kind !== 'topics' && /^[\p{L}\p{N}]+$/u.test(alias))) expansions[alias.toLowerCase()] ??= e.name;
  const vocabulary: Vocabulary = { words: vocabularyOf([...names, ...terms]), expansions };
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};

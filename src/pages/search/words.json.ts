import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getEntities } from '../../data/entities.ts';
import { getEntityMentions } from '../../data/mentions.ts';
import { vocabularyOf } from '../../lib/query-suggest.ts';

/**
 * The words the search page corrects a misspelt query to ("did you mean"): the names and aliases
 * of the entities that have a page, and the glossary's abbreviations and their expansions. Fetched
 * only when a search finds nothing for a word; the registry's size, not the archive's.
 */
export const GET: APIRoute = async () => {
  const [entities, mentions, glossary] = await Promise.all([getEntities(), getEntityMentions(), getCollection('glossary')]);
  const names = [...entities].filter(([key]) => mentions.has(key)).flatMap(([, e]) => [e.name, ...e.aliases]);
  const terms = glossary.flatMap((g) => [g.data.abbr, g.data.expansion]);
  return new Response(JSON.stringify(vocabularyOf([...names, ...terms])), { headers: { 'Content-Type': 'application/json' } });
};

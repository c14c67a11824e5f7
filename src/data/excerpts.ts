import { readFile } from 'node:fs/promises';

/**
 * One brief's excerpts, entity key to section id to the sentence there that first mentions it,
 * as its compile wrote them (src/plugins/rehype-entity-links.ts): read by the entity page that
 * shows them, so an archive's excerpts are never all in memory at once.
 */
export async function getExcerpts(id: string): Promise<Record<string, Record<string, string>>> {
  const file = new URL(`${id}.json`, import.meta.env.BRIEFING_EXCERPTS);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, Record<string, string>>;
  } catch (error) {
    throw new Error(`The entity excerpts of brief "${id}" are missing (${file.pathname}): its compile did not write them. ${(error as Error).message}`);
  }
}

import { readFileSync } from 'node:fs';
import { excerptsOf } from '../lib/excerpt-file.ts';

/**
 * For one brief, section id to the sentence there that first mentions an entity, as its compile
 * wrote them (src/plugins/rehype-entity-links.ts): read by the entity page that shows them, so an
 * archive's excerpts are never all in memory at once. Read synchronously: pages render one at a
 * time, and a small read costs less than the trip through the thread pool that an async one takes.
 */
export function getExcerpts(id: string, key: string): Record<string, string> {
  const file = new URL(`${id}.txt`, import.meta.env.BRIEFING_EXCERPTS);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`The entity excerpts of brief "${id}" are missing (${file.pathname}): its compile did not write them. Build again. ${(error as Error).message}`);
  }
  return excerptsOf(text, key);
}

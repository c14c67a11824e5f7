import { readFileSync } from 'node:fs';
import { excerptsOf } from '../lib/excerpt-file.ts';

/**
 * For one brief, section id to the sentence there that first mentions an entity, as its compile
 * wrote them (src/plugins/rehype-entity-links.ts): read by the entity page that shows them, so an
 * archive's excerpts are never all in memory at once. Read synchronously: pages render one at a
 * time, and a small read costs less than the trip through the thread pool that an async one takes.
 */
export function getExcerpts(id: string, key: string): Record<string, string> {
  return excerptsOf(read(id), key);
}

/**
 * Excerpt files a build has read lately, by brief, the oldest first: a brief's file is read by
 * the page of each entity it mentions (a dozen or so), 13,000 reads for 1,000 briefs. Some 12 KB
 * each, so at most RECENT of them are kept. Not in dev, where a brief's file changes as it is edited.
 */
const recent = new Map<string, string>();
const RECENT = 2000;

function read(id: string): string {
  const kept = recent.get(id);
  if (kept !== undefined) return kept;
  const file = new URL(`${id}.txt`, import.meta.env.BRIEFING_EXCERPTS);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`The entity excerpts of brief "${id}" are missing (${file.pathname}): its compile did not write them. Build again. ${(error as Error).message}`);
  }
  if (import.meta.env.DEV) return text;
  if (recent.size === RECENT) recent.delete(recent.keys().next().value!);
  recent.set(id, text);
  return text;
}

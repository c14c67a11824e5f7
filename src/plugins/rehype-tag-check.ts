import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { invalidBrief, type Problem } from '../lib/brief-checks.ts';
import { frontmatterLines } from '../lib/frontmatter-lines.ts';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../schemas/entity.ts';
import { isBrief } from './is-brief.ts';

/**
 * Tags mean "the brief discusses this": every entity a brief's frontmatter tags must be
 * mentioned (by name or alias) in its text. Runs after rehype-entity-links, which records the
 * mentions; a tag that only a source's furniture (its tag list, its references) suggested
 * fails here with the fix.
 */
export function rehypeTagCheck({ entities }: { entities: Record<EntityKind, Entity[]> }) {
  // An id the registry does not have is the schema's to report ("unknown countries id "japn"",
  // with the nearest): said here too, "never mentioned" sent the author looking in the text.
  const known = new Set(ENTITY_KINDS.flatMap((kind) => (entities[kind] ?? []).map((entity) => `${kind}/${entity.id}`)));
  return (_tree: unknown, file: VFile) => {
    if (!isBrief(file)) return;
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as Record<string, unknown>;
    const mentions = (frontmatter['mentions'] ?? {}) as Record<string, unknown>;
    const untagged: { path: string; id: string; kind: string }[] = [];
    for (const kind of ENTITY_KINDS) {
      const ids = frontmatter[kind];
      if (!Array.isArray(ids)) continue;
      ids.forEach((id, index) => {
        if (typeof id === 'string' && known.has(`${kind}/${id}`) && !Object.hasOwn(mentions, `${kind}/${id}`)) untagged.push({ path: `${kind}.${index}`, id, kind });
      });
    }
    if (untagged.length === 0) return;
    // The compiler sees the parsed frontmatter only: its lines come from the file, read again
    // only when there is a problem to point at.
    const lineOf = fileLines(file.path);
    const problems: Problem[] = untagged.map(({ path, id, kind }) => {
      const line = lineOf?.(path);
      return { field: path, message: `"${id}" is tagged but the brief's text never mentions it (by its name or an alias in content/entities/${kind}.yaml): mention it, or remove the tag`, ...(line ? { line } : {}) };
    });
    throw invalidBrief(file.path, problems);
  };
}

function fileLines(path: string): ((path: string) => number | undefined) | undefined {
  try {
    return frontmatterLines(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

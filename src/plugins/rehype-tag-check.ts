import type { VFile } from 'vfile';
import { ENTITY_KINDS } from '../schemas/entity.ts';
import { isBrief } from './is-brief.ts';

/**
 * Tags mean "the brief discusses this": every entity a brief's frontmatter tags must be
 * mentioned (by name or alias) in its text. Runs after rehype-entity-links, which records the
 * mentions; a tag that only a source's furniture (its tag list, its references) suggested
 * fails here with the fix.
 */
export function rehypeTagCheck() {
  return (_tree: unknown, file: VFile) => {
    if (!isBrief(file)) return;
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as Record<string, unknown>;
    const mentions = (frontmatter['mentions'] ?? {}) as Record<string, unknown>;
    const problems: string[] = [];
    for (const kind of ENTITY_KINDS) {
      const ids = frontmatter[kind];
      if (!Array.isArray(ids)) continue;
      ids.forEach((id, index) => {
        if (typeof id === 'string' && !Object.hasOwn(mentions, `${kind}/${id}`)) {
          problems.push(`${kind}.${index}: "${id}" is tagged but the brief's text never mentions it (by its name or an alias in content/entities/${kind}.yaml): mention it, or remove the tag`);
        }
      });
    }
    if (problems.length > 0) throw new Error(`Invalid brief\n${problems.map((p) => `${file.path}: ${p}`).join('\n')}`);
  };
}

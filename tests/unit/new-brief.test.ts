import { describe, expect, it } from 'vitest';
import { newBriefText } from '../../src/lib/new-brief.ts';
import { validateBrief } from '../../src/lib/validate-brief.ts';
import { createBriefSchema } from '../../src/schemas/brief.ts';
import { loadRegistry, registryIds } from '../../src/lib/registry.ts';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';
import { briefMdxRenderer } from '../../src/markdown/pipeline.ts';

const registry = loadRegistry(contentRoot(projectRoot));
const schema = createBriefSchema(registryIds(registry));
const renderer = await briefMdxRenderer({ registry, base: '/', root: projectRoot });
const path = new URL('content/briefs/new.mdx', projectRoot).pathname;

/** The scaffold with every placeholder written, as an author would. */
function filledIn(text: string): string {
  return text.replace(/"?\[\[([^\]]*)\]\]"?/g, (_all, words: string) => JSON.stringify(`Written: ${words.replace(/[[\]"]/g, '')}`).replace(/^"|"$/g, '"'));
}

describe('new brief scaffold', () => {
  it('has every field, and is refused until each placeholder is replaced', async () => {
    const text = newBriefText('Title with "quotes": and a colon', '2026-11-23');
    for (const field of ['title', 'summary', 'keyPoints', 'source', 'asOf', 'countries', 'regions', 'organisations', 'people', 'topics', 'events', 'figures', 'formerIds']) {
      expect(text).toMatch(new RegExp(`^${field}:`, 'm'));
    }
    const refused = await validateBrief(text, path, schema, renderer);
    expect(refused.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['summary', 'keyPoints.0', 'source.title', 'events.0.label']));
    expect(refused.problems.map((p) => p.message).join('\n')).toMatch(/placeholder/);
    const written = await validateBrief(filledIn(text), path, schema, renderer);
    expect(written.problems).toEqual([]);
    expect(written.sections).toEqual(['first-section']);
  });
  it('validateBrief reports every frontmatter problem of a file at once', async () => {
    const text = filledIn(newBriefText('T', '2026-11-23')).replace('"2026-11-23" #', '"2026-13-45" #').replace('countries: []', 'countries: [japn]').replace('section: first-section', 'section: nowhere');
    const fields = (await validateBrief(text, path, schema, renderer)).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['source.published', 'countries.0', 'events[0].section']));
  });
});

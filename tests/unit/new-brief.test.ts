import { describe, expect, it } from 'vitest';
import { newBriefText } from '../../src/lib/new-brief.ts';
import { validateBrief } from '../../src/lib/validate-brief.ts';
import { createBriefSchema } from '../../src/schemas/brief.ts';
import { loadRegistry, registryIds } from '../../src/lib/registry.ts';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';

describe('new brief scaffold', () => {
  it('is a valid brief with every field, against the real registry', () => {
    const schema = createBriefSchema(registryIds(loadRegistry(contentRoot(projectRoot))));
    const text = newBriefText('Title with "quotes": and a colon', '2026-11-23');
    expect(validateBrief(text, schema).problems).toEqual([]);
    for (const field of ['title', 'summary', 'keyPoints', 'source', 'countries', 'regions', 'organisations', 'people', 'topics', 'events', 'figures', 'formerIds']) {
      expect(text).toMatch(new RegExp(`^${field}:`, 'm'));
    }
  });
  it('validateBrief reports every problem of a file at once', () => {
    const schema = createBriefSchema(registryIds(loadRegistry(contentRoot(projectRoot))));
    const text = newBriefText('T', '2026-11-23').replace('"2026-11-23" #', '"2026-13-45" #').replace('countries: []', 'countries: [japn]').replace('section: first-section', 'section: nowhere');
    const fields = validateBrief(text, schema).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['source.published', 'countries.0', 'events[0].section']));
  });
});

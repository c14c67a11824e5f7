import { describe, expect, it } from 'vitest';
import { MISSING_FIELD, strayFrontmatterEnd, withFrontmatterLines, withYamlLines } from '../../src/lib/frontmatter-lines.ts';

describe('frontmatter lines in schema errors', () => {
  const file = ['---', 'title: T', 'source:', '  title: S', '  published: "2025-02-30"', 'countries: [japan, japn]', '---', '', 'Body.'].join('\n');
  it('adds the line of each problem, a missing field at its object, and gives the first', () => {
    const message = ['**briefs → x** data does not match collection schema.', '', '  **source.published**: not a date', '  **countries.1**: unknown id', '  **source.kind**: required', ''].join('\n');
    const { message: out, line } = withFrontmatterLines(message, file);
    expect(out).toContain('  **source.published** (line 5): not a date');
    expect(out).toContain('  **countries.1** (line 6): unknown id');
    // A missing field points at the first line of its object.
    expect(out).toContain('  **source.kind** (line 4): required');
    expect(out.split('\n')[0]).toBe('**briefs → x** data does not match collection schema.');
    expect(line).toBe(5);
  });
  it("says what Astro calls \"Required\" as check says it, once", () => {
    const message = ['**briefs → x** data does not match collection schema.', '', '  **summary**: **summary**: Required', '  **source.kind**: **source.kind**: one of newsletter, policy-brief', ''].join('\n');
    const { message: out } = withFrontmatterLines(message, file);
    expect(out).toContain(`  **summary** (line 2): ${MISSING_FIELD}`);
    expect(out).toContain('  **source.kind** (line 4): one of newsletter, policy-brief');
  });
  it('names an unknown key, at its own line, at the top as in an object', () => {
    const withKeys = file.replace('title: T', 'title: T\nsumary: S').replace('  title: S', '  title: S\n  publishr: P');
    const message = ['**briefs → x** data does not match collection schema.', '', '  ****: unknown key "sumary": did you mean "summary"?', '  **source**: unknown key "publishr": did you mean "publisher"?', ''].join('\n');
    const { message: out, line } = withFrontmatterLines(message, withKeys);
    expect(out).toContain('  **sumary** (line 3): unknown key "sumary": did you mean "summary"?');
    expect(out).toContain('  **source.publishr** (line 6): unknown key "publishr"');
    expect(line).toBe(3);
  });
  it('points at a stray "---" that ends the frontmatter before fields it reports missing', () => {
    const stray = ['---', 'title: T', '---', 'summary: S', 'asOf: "2025"', 'notAField: x', '', '## Section', '', 'countries: [japan]', '---', '', 'Body.'].join('\n');
    const message = ['**briefs → x** data does not match collection schema.', '', '  **summary**: **summary**: Required', '  **asOf**: expected a date', '  **countries**: not a list', ''].join('\n');
    const { message: out, line } = withFrontmatterLines(message, stray);
    // Only fields the frontmatter lacks that start a line of the text before its first heading.
    expect(out).toContain('  **frontmatter** (line 3): this "---" ends the frontmatter early, so "summary:" and "asOf:" below it are read as the brief\'s text');
    expect(out.indexOf('**frontmatter**')).toBeLessThan(out.indexOf('**summary**'));
    expect(out.split('\n')[0]).toBe('**briefs → x** data does not match collection schema.');
    expect(line).toBe(3);
    // Not when the fields are there, or when what follows is no field the schema named.
    expect(strayFrontmatterEnd(file, ['title'])).toBeUndefined();
    expect(strayFrontmatterEnd(stray, ['countries'])).toBeUndefined();
    expect(strayFrontmatterEnd(stray, [])).toBeUndefined();
  });
  it('leaves a message of another form as it is', () => {
    expect(withFrontmatterLines('something else: entirely', file)).toEqual({ message: 'something else: entirely', line: undefined });
  });
  it('in a YAML file of its own (content/retired.yaml), under the key the loader gives its data', () => {
    const yaml = ['- id: old-brief', '  title: Old', '  sections: [intro, "Bad Id"]', '- id: other', '  title: Other'].join('\n');
    const message = ['**retired → list** data does not match collection schema.', '  **briefs.0.sections.1**: an id', '  **briefs.1.reason**: required'].join('\n');
    const { message: out, line } = withYamlLines(message, yaml, 'briefs');
    expect(out).toContain('  **briefs.0.sections.1** (line 3): an id');
    expect(out).toContain('  **briefs.1.reason** (line 4): required');
    expect(line).toBe(3);
  });
});

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { newBriefText } from '../../src/lib/new-brief.ts';
import { validateBrief } from '../../src/lib/validate-brief.ts';
import { createBriefSchema } from '../../src/schemas/brief.ts';
import { loadRegistry, registryIds } from '../../src/lib/registry.ts';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';
import { briefMdxRenderer } from '../../src/markdown/pipeline.ts';
import { runScript } from '../support/build.ts';

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

describe('npm run new-brief', () => {
  /** Runs the script in a content folder of its own: its exit code, what it printed, and the briefs it wrote. */
  async function newBrief(...args: string[]) {
    return newBriefBeside({}, ...args);
  }

  /** The script run on a briefs folder that holds `briefs` (file name to text). */
  async function newBriefBeside(briefs: Record<string, string>, ...args: string[]) {
    const content = await mkdtemp(`${tmpdir()}/briefing-new-`);
    await mkdir(`${content}/briefs`);
    for (const [name, text] of Object.entries(briefs)) await writeFile(`${content}/briefs/${name}`, text);
    try {
      const result = await runScript(['scripts/new-brief.ts', ...args], { BRIEFING_CONTENT: content });
      return { ...result, files: await readdir(`${content}/briefs`) };
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  }

  it('names the file from the title, spelling out letters without accents to strip', async () => {
    expect((await newBrief('Über Straße: EU & Łódź')).files).toEqual(['uber-strasse-eu-lodz.mdx']);
  });

  it('asks for an id when the title is in another script, rather than keep what is left of it', async () => {
    const refused = await newBrief('日本とEU');
    expect(refused.code).toBe(2);
    expect(refused.output).toMatch(/letters an id cannot hold \(日, 本, と\).*--id/);
    expect(refused.files).toEqual([]);
    expect((await newBrief('日本とEU', '--id', 'japan-eu')).files).toEqual(['japan-eu.mdx']);
    const bad = await newBrief('日本とEU', '--id', 'Japan EU');
    expect([bad.code, bad.files]).toEqual([2, []]);
    expect(bad.output).toMatch(/"Japan EU" is not a brief id.*"japan-eu"/);
  });

  it('refuses the title of a brief there is, punctuation and case aside, naming its file', async () => {
    const kallas = await readFile(new URL('content/briefs/kallas-asia-security.mdx', projectRoot), 'utf8');
    const refused = await newBriefBeside({ 'kallas-asia-security.mdx': kallas }, 'Kallas urges the EU to deepen security ties with Asia!', '--id', 'kallas-again');
    expect([refused.code, refused.files]).toEqual([1, ['kallas-asia-security.mdx']]);
    expect(refused.output).toMatch(/kallas-asia-security\.mdx has that title already: a reader could not tell two briefs of one title apart/);
    expect((await newBriefBeside({ 'kallas-asia-security.mdx': kallas }, 'Kallas urges the EU to deepen security ties with Africa')).files).toHaveLength(2);
  });

  it('refuses a title longer than a brief may have, as check would, before writing anything', async () => {
    const refused = await newBrief('Long '.repeat(70));
    expect([refused.code, refused.files]).toEqual([2, []]);
    expect(refused.output).toMatch(/the title has 349 characters; a brief's title has at most 120/);
  });
});

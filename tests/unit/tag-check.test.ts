import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';
import { loadRegistry, registryIds } from '../../src/lib/registry.ts';
import { validateBrief } from '../../src/lib/validate-brief.ts';
import { briefMdxRenderer } from '../../src/markdown/pipeline.ts';
import { createBriefSchema } from '../../src/schemas/brief.ts';

const registry = loadRegistry(contentRoot(projectRoot));
const schema = createBriefSchema(registryIds(registry));
const renderer = await briefMdxRenderer({ registry, base: '/', root: projectRoot });
const good = await readFile('tests/fixtures/briefs/good.mdx', 'utf8');
const root = await mkdtemp(`${tmpdir()}/briefing-tags-`);
// The site's plugins work on files in a briefs/ folder only.
const dir = `${root}/briefs`;
await mkdir(dir);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('tags the text never mentions', () => {
  it('are refused with the line of the tag in the frontmatter', async () => {
    // The text still names Japan and the EU, but no longer maritime security.
    const text = good.replace('work on maritime security', 'work together').replace('countries: [japan]', 'countries: [japan, india]');
    const file = `${dir}/untagged.mdx`;
    await writeFile(file, text);
    const lineOf = (tag: string) => text.split('\n').findIndex((line) => line.includes(tag)) + 1;
    const { problems } = await validateBrief(text, file, schema, renderer);
    expect(problems).toEqual([
      { field: `countries.1 (line ${lineOf('countries:')})`, message: expect.stringMatching(/"india" is tagged but the brief's text never mentions it .*countries\.yaml/) },
      { field: `topics.0 (line ${lineOf('topics:')})`, message: expect.stringMatching(/"maritime-security" is tagged but .*: mention it, or remove the tag/) },
    ]);
  });

  it('leave an id the registry does not have to the schema, which names the nearest', async () => {
    const text = good.replace('countries: [japan]', 'countries: [japn]');
    const file = `${dir}/unknown.mdx`;
    await writeFile(file, text);
    const { problems } = await validateBrief(text, file, schema, renderer);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/unknown countries id "japn".*nearest known: japan/)]);
  });
});


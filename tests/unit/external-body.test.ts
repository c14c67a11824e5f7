import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';
import { loadRegistry } from '../../src/lib/registry.ts';
import { rareName, syntheticBrief } from '../../src/lib/synthetic.ts';
import { bodiesDir, briefBody } from '../../src/markdown/brief-body.ts';
import { briefMdxRenderer } from '../../src/markdown/pipeline.ts';

const cache = pathToFileURL(`${await mkdtemp(`${tmpdir()}/briefing-bodies-`)}/`);
afterAll(() => rm(cache, { recursive: true, force: true }));

describe('brief bodies kept out of the compiled modules', () => {
  const registry = loadRegistry(contentRoot(projectRoot));
  const path = new URL('content/briefs/synthetic-10.mdx', projectRoot).pathname;
  const { frontmatter, content } = parseFrontmatter(syntheticBrief(10, registry), { frontmatter: 'empty-with-spaces' });
  // Words of the text, with no entity link inside (the frontmatter, which the module exports, names the analyst otherwise).
  const sentence = `as analyst ${rareName(10)} writes`;

  it('a build compile writes the static HTML beside the cache and the module reads it back', async () => {
    const renderer = await briefMdxRenderer({ registry, base: '/', root: projectRoot, cacheDir: cache });
    const { code } = await renderer.process(content, path, frontmatter);
    expect(code).not.toContain(sentence);
    // Components and their props stay in the module: only static HTML moves.
    expect(code).toMatch(/_jsx\(Figure, \{/);
    const [, key, index] = /_briefBody\("([0-9a-f]+)", (\d+)\)/.exec(code)!;
    const files = await readdir(bodiesDir(cache));
    expect(files).toContain(`${key}.json`);
    const parts = JSON.parse(await readFile(new URL(`${key}.json`, bodiesDir(cache)), 'utf8')) as string[];
    expect(parts.join('')).toContain(sentence);
    vi.stubEnv('BRIEFING_BODIES', bodiesDir(cache).href);
    expect(briefBody(key!, Number(index))).toBe(parts[Number(index)]);
    expect(() => briefBody('0'.repeat(32), 0)).toThrow(/missing from the build's cache.*Build again/);
    vi.unstubAllEnvs();
  });

  it('a check compiles without a cache and keeps the text in the module', async () => {
    const renderer = await briefMdxRenderer({ registry, base: '/', root: projectRoot });
    const { code } = await renderer.process(content, path, frontmatter);
    expect(code).toContain(sentence);
    expect(code).not.toContain('_briefBody');
  });
});

import { readdir, readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';
import { loadRegistry } from '../../src/lib/registry.ts';
import { syntheticBrief } from '../../src/lib/synthetic.ts';
import { briefMdxCompiler, briefMdxRenderer } from '../../src/markdown/pipeline.ts';

const registry = loadRegistry(contentRoot(projectRoot));
const options = { registry, base: '/', root: projectRoot };
const configured = await briefMdxCompiler({ ...options, autolinks: true });
const withoutAutolinks = await briefMdxCompiler({ ...options, autolinks: false });
const renderer = await briefMdxRenderer(options);

async function briefs(dir: URL): Promise<[string, string][]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx'));
  return Promise.all(names.map(async (name) => [new URL(name, dir).pathname, await readFile(new URL(name, dir), 'utf8')] as [string, string]));
}

/** What a compile gives: the module, and the frontmatter as the plugins left it (what `npm run check` reads back). */
async function compile(with_: { process: typeof configured.process }, path: string, text: string) {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  const recorded: Record<PropertyKey, unknown> = { ...frontmatter };
  try {
    const { code } = await with_.process(content, path, recorded);
    return { code, recorded: JSON.stringify(Reflect.ownKeys(recorded).map((key) => [String(key), recorded[key]])) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

// Edge texts: addresses in prose, in a link's text and destination, in code, in an image's
// alternative text, in a component's props, behind an escape, and one next to an expression.
const edges = [
  'Read www.example.org today.',
  'Write to press@example.org.',
  'See https://example.org/report for more.',
  '[www.example.org](/countries/japan/) and [the report](https://example.org/) and `https://example.org`.',
  '![A map from www.example.org](/map.png)',
  '<Quote by="A minister" source="https://example.org/speech">We agreed.</Quote>',
  'At https://example.org/{1 + 1} today.',
  'Nothing to link: 3:30, e.g. w.w.w, a colon: then slashes / here.',
  'An escaped www\\.example.org.',
  'Broken {expression',
].map((body, i) => [`${projectRoot.pathname}content/briefs/edge-${i}.mdx`, `---\ntitle: Edge ${i}\n---\n\n## A section\n\n<From part="paragraph 1" words="the edge source" />\n\n${body}\n`] as [string, string]);

describe('briefs compiled without GFM’s autolink literals when their text cannot hold one', () => {
  it('give exactly what the configured processor gives, module, frontmatter and errors alike', async () => {
    const all = [
      ...(await briefs(new URL('briefs/', contentRoot(projectRoot)))),
      ...(await briefs(new URL('tests/fixtures/briefs/', projectRoot))),
      ...Array.from({ length: 20 }, (_, i) => [`${projectRoot.pathname}content/briefs/synthetic-${i + 1}.mdx`, syntheticBrief(i + 1, registry)] as [string, string]),
      ...edges,
    ];
    let fast = 0;
    for (const [path, text] of all) {
      expect(await compile(renderer, path, text), path).toEqual(await compile(configured, path, text));
      if (!('error' in (await compile(withoutAutolinks, path, text)))) fast++;
    }
    // The five briefs, the fixtures and the synthetic ones take the faster way; some edges do not.
    expect(fast).toBeGreaterThanOrEqual(all.length - edges.length);
    expect(fast).toBeLessThan(all.length);
  });

  it('still link a bare address, as GFM does', async () => {
    for (const [path, text] of edges.slice(0, 3)) {
      expect(await compile(withoutAutolinks, path, text)).toHaveProperty('error', expect.stringContaining('autolink literal'));
      expect((await compile(renderer, path, text)).code).toMatch(/<a href=\\"(?:http:\/\/www\.example\.org|mailto:press@example\.org|https:\/\/example\.org\/report)\\">/);
    }
  });
});

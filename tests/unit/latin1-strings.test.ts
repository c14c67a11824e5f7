import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'acorn';
import { visit } from 'estree-util-visit';
import type { Node } from 'estree';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';
import { loadRegistry } from '../../src/lib/registry.ts';
import { syntheticBrief } from '../../src/lib/synthetic.ts';
import { briefMdxRenderer } from '../../src/markdown/pipeline.ts';

const cache = pathToFileURL(`${await mkdtemp(`${tmpdir()}/briefing-latin1-`)}/`);
afterAll(() => rm(cache, { recursive: true, force: true }));

describe('a compiled brief’s source', () => {
  it('holds no character beyond Latin-1, so V8 keeps it at one byte a character, and its strings are unchanged', async () => {
    const registry = loadRegistry(contentRoot(projectRoot));
    const title = 'Talks – “security” on the Caspian, Ω and 𝒳';
    const source = syntheticBrief(3, registry).replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`).replace(/\n## /, `\n<Quote by="Kaja Kallas – EU">Said so.</Quote>\n\n## `);
    const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    const renderer = await briefMdxRenderer({ registry, base: '/', root: projectRoot, cacheDir: cache });
    const { code } = await renderer.process(content, new URL('content/briefs/synthetic-3.mdx', projectRoot).pathname, frontmatter);
    expect(code).toMatch(/^[\u0000-\u00ff]*$/);
    const strings: string[] = [];
    visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as Node, (node) => {
      if (node.type === 'Literal' && typeof node.value === 'string') strings.push(node.value);
    });
    expect(strings).toContain(title);
    // A component's prop, which stays in the module.
    expect(strings).toContain('Kaja Kallas – EU');
  });
});

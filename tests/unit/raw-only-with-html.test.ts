import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../support/brief-texts.ts';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';
import { loadRegistry } from '../../src/lib/registry.ts';
import { briefMarkdownOptions, briefMdxCompiler, briefMdxOptions } from '../../src/markdown/pipeline.ts';
import { holdsRaw, remarkRawOnlyWithHtml } from '../../src/plugins/raw-only-with-html.ts';

const registry = loadRegistry(contentRoot(projectRoot));
const options = { registry, base: '/', root: projectRoot };

/** The brief's compiler with other remark plugins, as briefMdxCompiler builds it. */
function compilerWith(remarkPlugins: (list: NonNullable<ReturnType<typeof briefMarkdownOptions>['remarkPlugins']>) => typeof list) {
  const markdown = briefMarkdownOptions(options);
  return unified({ ...markdown, remarkPlugins: remarkPlugins(markdown.remarkPlugins ?? []) }).createMdxRenderer!(
    { syntaxHighlight: false, gfm: false, smartypants: false },
    { optimize: briefMdxOptions.optimize, srcDir: new URL('src/', projectRoot), sourcemap: false },
  );
}

const brief = await briefMdxCompiler(options);
// Astro's processor as it is: rehype-raw on every tree.
const alwaysRaw = await compilerWith((list) => list.filter((plugin) => plugin !== remarkRawOnlyWithHtml));
// A plugin that writes raw HTML into the tree, as a remark plugin may.
const remarkAddHtml = () => (tree: Root) => {
  tree.children.push({ type: 'html', value: '<p class="added">Raw <em>HTML</em> from a plugin</p>' });
};
const withHtml = await compilerWith((list) => [...list, remarkAddHtml]);

async function compile(compiler: typeof brief, path: string, text: string) {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  try {
    return (await compiler.process(content, path, { ...frontmatter })).code;
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

// Every construct of Markdown, GFM and MDX a brief may hold, in one text.
const constructs = `---
title: Constructs
---

## A section

<From part="paragraph 1" words="every construct in the source" />

Some *emphasis*, **strong**, \`code\`, ~~struck~~ and a [link](/countries/japan/ "Japan"), with <em>inline JSX</em>, <abbr title="European Union">EU</abbr> and <kbd>Ctrl</kbd>.[^1]

| Country | Amount |
| :--- | ---: |
| Japan | €1bn |

- [ ] an open task
- [x] a done task
  1. nested, ordered

> A quotation, with a list:
>
> - in it

Line with a hard break\\
and the next.

***

<Callout kind="note" date="2026-11-25">
A note with **Markdown** and a [link](/countries/japan/).
</Callout>

[^1]: The note, with \`code\`.
`;

describe('rehype-raw, only on a tree that holds raw HTML', () => {
  it('leaves every brief as rehype-raw does, but for how an empty attribute is written', async () => {
    const all = [
      ...(await briefTexts(registry, 10)),
      [`${projectRoot.pathname}content/briefs/constructs.mdx`, constructs] as [string, string],
    ];
    // A boolean data attribute: empty in HTML (data-x="") or in JSX ("data-x": ""), or bare (data-x, "data-x": true).
    const empty = /(data-[\w-]+)(?:=\\"\\"|": (?:""|true))/g;
    for (const [path, text] of all) {
      const [ours, astros] = [await compile(brief, path, text), await compile(alwaysRaw, path, text)];
      expect(ours, path).not.toMatch(/^error/);
      expect(ours.replace(empty, '$1'), path).toBe(astros.replace(empty, '$1'));
    }
  });

  it('skips the round trip on a brief without raw HTML', async () => {
    // Through the HTML parser, a boolean attribute comes back with an empty value; without it, bare.
    const path = `${projectRoot.pathname}content/briefs/constructs.mdx`;
    expect(await compile(alwaysRaw, path, constructs)).toMatch(/"data-footnotes": ""/);
    expect(await compile(brief, path, constructs)).toMatch(/"data-footnotes": true/);
  });

  it('still parses raw HTML that a plugin writes', async () => {
    const code = await compile(withHtml, `${projectRoot.pathname}content/briefs/constructs.mdx`, constructs);
    expect(code).not.toMatch(/^error/);
    expect(code).toMatch(/<p class=\\"added\\">Raw <em>HTML<\/em> from a plugin<\/p>/);
    expect(holdsRaw({ type: 'root', children: [{ type: 'element', children: [{ type: 'raw', value: '<b>' }] }] } as never)).toBe(true);
    expect(holdsRaw({ type: 'root', children: [{ type: 'element', children: [{ type: 'text', value: '<b>' }] }] } as never)).toBe(false);
  });
});

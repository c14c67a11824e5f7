import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../support/brief-texts.ts';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';
import { loadRegistry } from '../../src/lib/registry.ts';
import { briefMdxCompiler, briefMdxRenderer } from '../../src/markdown/pipeline.ts';

const registry = loadRegistry(contentRoot(projectRoot));
const options = { registry, base: '/', root: projectRoot };
const configured = await briefMdxCompiler(options);
const withTables = await briefMdxCompiler({ ...options, lean: { tables: true } });
const leanest = await briefMdxCompiler({ ...options, lean: { tables: false } });
const renderer = await briefMdxRenderer(options);

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
// alternative text, in a component's props, behind an escape, and one next to an expression;
// tables of several columns and of one, with and without outer pipes, next to an address, a
// pipe in code, in a prop and in prose, and what looks like a table but is not.
const tables = [
  '| Field | € billion |\n| --- | ---: |\n| Transport | 3 |',
  'Field | € billion\n--- | ---\nTransport | 3',
  '| One column |\n| --- |\n| A row |',
  '| Source | Address |\n| --- | --- |\n| Report | www.example.org |',
  '<Callout kind="note" date="2025-01-01">\n\n| In | a note |\n| - | - |\n| 1 | 2 |\n\n</Callout>',
];
const notTables = [
  'A pipe in code, `a | b`, and in a prop: <abbr title="A | B">AB</abbr> agreed.',
  '| A heading, not a table |\n---',
  'An escaped \\| pipe, and one in prose: either | or.',
  'A | B\n- | -',
];
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
  ...tables,
  ...notTables,
].map((body, i) => [`${projectRoot.pathname}content/briefs/edge-${i}.mdx`, `---\ntitle: Edge ${i}\n---\n\n## A section\n\n<From part="paragraph 1" words="the edge source" />\n\n${body}\n`] as [string, string]);

describe('briefs compiled without GFM’s autolink literals and tables when their text cannot hold them', () => {
  it('give exactly what the configured processor gives, module, frontmatter and errors alike', async () => {
    const all = [
      ...(await briefTexts(registry, 20)),
      ...edges,
    ];
    let fast = 0;
    for (const [path, text] of all) {
      expect(await compile(renderer, path, text), path).toEqual(await compile(configured, path, text));
      if (!('error' in (await compile(leanest, path, text)))) fast++;
    }
    // The five briefs, the fixtures and the synthetic ones take the fastest way; some edges do not.
    expect(fast).toBeGreaterThanOrEqual(all.length - edges.length);
    expect(fast).toBeLessThan(all.length);
  });

  it('still make a table, as GFM does, without autolink literals when none may be there', async () => {
    const edge = (table: string) => edges.find(([, text]) => text.includes(table))!;
    // Real tables: the leanest compiler refuses each, and the renderer makes it.
    for (const table of tables) {
      const [path, text] = edge(table);
      expect(await compile(leanest, path, text), path).toHaveProperty('error', expect.stringMatching(/GFM (table|autolink literal)/));
      const made = await compile(renderer, path, text);
      expect(made, path).not.toHaveProperty("error");
      expect(made.code, path).toMatch(/<table>|table: "table"/);
    }
    // One with no address takes the compiler with tables and without autolink literals.
    expect(await compile(withTables, ...edge(tables[0]!))).not.toHaveProperty('error');
    // A pipe in code or in a prop is no table: the leanest compiler takes it.
    expect(await compile(leanest, ...edge(notTables[0]!))).not.toHaveProperty('error');
  });

  it('still link a bare address, as GFM does', async () => {
    for (const [path, text] of edges.slice(0, 3)) {
      expect(await compile(leanest, path, text)).toHaveProperty('error', expect.stringContaining('autolink literal'));
      expect(await compile(withTables, path, text)).toHaveProperty('error', expect.stringContaining('autolink literal'));
      expect((await compile(renderer, path, text)).code).toMatch(/<a href=\\"(?:http:\/\/www\.example\.org|mailto:press@example\.org|https:\/\/example\.org\/report)\\">/);
    }
  });
});

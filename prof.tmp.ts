import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { loadRegistry } from './src/lib/registry.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { rehypeEntityLinks } from './src/plugins/rehype-entity-links.ts';
import { rehypeAbbreviations } from './src/plugins/rehype-abbreviations.ts';
import { rehypeDates } from './src/plugins/rehype-dates.ts';
import { rehypeBriefChecks } from './src/plugins/rehype-brief-checks.ts';
import { rehypeFormerIds, sectionAnchorOptions } from './src/plugins/rehype-section-anchors.ts';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
const reg = loadRegistry(contentRoot());
const dir = process.cwd() + '/' + process.env.BRIEFING_CONTENT + '/briefs/';
const files = readdirSync(dir).slice(0, 200).map((f) => ({ url: pathToFileURL(dir + f), text: readFileSync(dir + f, 'utf8') }));
const mine = [rehypeBriefChecks, rehypeHeadingIds, [rehypeEntityLinks, { entities: reg.entities, base: '/' }], [rehypeAbbreviations, { glossary: reg.glossary, base: '/' }], rehypeDates, rehypeFormerIds, [rehypeAutolinkHeadings, sectionAnchorOptions]];
for (const [name, opts] of [
  ['default+mine', { remarkPlugins: [remarkGfm, remarkHeadingIds], rehypePlugins: mine }],
  ['gfm once', { gfm: false, remarkPlugins: [remarkGfm, remarkHeadingIds], rehypePlugins: mine }],
  ['gfm once, no smartypants', { gfm: false, smartypants: false, remarkPlugins: [remarkGfm, remarkHeadingIds], rehypePlugins: mine }],
  ['bare', { gfm: false, smartypants: false }],
] as const) {
  const p = await createMarkdownProcessor(opts as any);
  const t = performance.now();
  for (const f of files) { const { frontmatter, content } = parseFrontmatter(f.text); await p.render(content, { frontmatter, fileURL: f.url }); }
  console.log(name, ((performance.now() - t) / files.length).toFixed(1), 'ms/file');
}

// npm run retire -- <id> "Why it is withdrawn": withdraws a brief. Its file is removed and an
// entry added to content/retired.yaml with its title and every section anchor it had, so its
// address and anchors keep answering with a "withdrawn" page and published links never break.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { slug } from 'github-slugger';
import { parse, stringify } from 'yaml';
import { contentRoot, projectRoot } from '../src/lib/content-root.ts';
import { readManifest } from '../src/integrations/published-anchors.ts';
import { briefsDir } from '../src/loaders/brief-loader.ts';
import { retiredSchema } from '../src/schemas/retired.ts';

const [id, ...words] = process.argv.slice(2);
const reason = words.join(' ').trim();
if (!id || !reason) {
  console.error('usage: npm run retire -- <brief-id> "Why it is withdrawn"');
  process.exit(2);
}
const file = new URL(`${id}.mdx`, briefsDir(projectRoot));
const show = (url: URL) => relative(process.cwd(), fileURLToPath(url));
if (!existsSync(file)) {
  console.error(`${show(file)} does not exist: give the id of a brief in content/briefs/`);
  process.exit(1);
}
const text = await readFile(file, 'utf8');
const { frontmatter, content } = parseFrontmatter(text);
const headings = [...content.matchAll(/^#{2,3}\s+(.+?)\s*$/gm)].map((m) => /\[#([a-z0-9-]+)\]$/.exec(m[1]!)?.[1] ?? slug(m[1]!.replace(/\s*\[#[^\]]*\]$/, '')));
const published = await readManifest(fileURLToPath(new URL('published-anchors.json', contentRoot(projectRoot))));
const former = Object.values((frontmatter['formerIds'] ?? {}) as Record<string, string[]>).flat();
const sections = [...new Set([...(published[id] ?? []), ...headings, ...former])].sort();
const entry = retiredSchema.parse({ id, title: frontmatter['title'], retired: new Date().toISOString().slice(0, 10), reason, sections });

const listUrl = new URL('retired.yaml', contentRoot(projectRoot));
const list = existsSync(listUrl) ? ((parse(await readFile(listUrl, 'utf8')) ?? []) as unknown[]) : [];
list.push({ ...entry, retired: entry.retired.iso });
await writeFile(listUrl, `# Withdrawn briefs: their addresses and anchors answer with a "withdrawn" page. Written by npm run retire.\n${stringify(list)}`);
await rm(file);
console.log(`withdrew ${id}: removed ${show(file)}, added it to ${show(listUrl)} with ${sections.length} section anchors.\nnext: npm run build; links to /briefs/${id}/ now open its "withdrawn" page.`);

// npm run retire -- <id> "Why it is withdrawn": withdraws a brief. Its file is removed and an
// entry added to content/retired.yaml with its title and every section anchor it had, so its
// address and anchors keep answering with a "withdrawn" page and published links never break.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse, stringify } from 'yaml';
import { briefsDir, contentRoot, projectRoot } from '../src/lib/content-root.ts';
import { loadRegistry, registryIds } from '../src/lib/registry.ts';
import { siteSettings } from '../src/lib/site-settings.ts';
import { validateBrief } from '../src/lib/validate-brief.ts';
import { readManifest } from '../src/integrations/published-anchors.ts';
import { briefMdxRenderer } from '../src/markdown/pipeline.ts';
import { createBriefSchema } from '../src/schemas/brief.ts';
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
const { frontmatter } = parseFrontmatter(text);
// The section ids as the build gives them: compiled by the build's own processor.
const registry = loadRegistry(contentRoot(projectRoot));
const renderer = await briefMdxRenderer({ registry, base: siteSettings(process.env).base, root: projectRoot });
const { sections: headings } = await validateBrief(text, fileURLToPath(file), createBriefSchema(registryIds(registry)), renderer);
const published = await readManifest(fileURLToPath(new URL('published-anchors.json', contentRoot(projectRoot))));
const former = Object.values((frontmatter['formerIds'] ?? {}) as Record<string, string[]>).flat();
const sections = [...new Set([...(published[id] ?? []), ...(headings ?? []), ...former])].sort();
const entry = retiredSchema.parse({ id, title: frontmatter['title'], retired: new Date().toISOString().slice(0, 10), reason, sections });

const listUrl = new URL('retired.yaml', contentRoot(projectRoot));
const list = existsSync(listUrl) ? ((parse(await readFile(listUrl, 'utf8')) ?? []) as unknown[]) : [];
list.push({ ...entry, retired: entry.retired.iso });
await writeFile(listUrl, `# Withdrawn briefs: their addresses and anchors answer with a "withdrawn" page. Written by npm run retire.\n${stringify(list)}`);
await rm(file);
console.log(`withdrew ${id}: removed ${show(file)}, added it to ${show(listUrl)} with ${sections.length} section anchors.\nnext: npm run build; links to /briefs/${id}/ now open its "withdrawn" page.`);

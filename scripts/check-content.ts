// npm run check: validates all content without building the site and prints every problem at
// once, with the build's own parsers (the brief files rule, the zod schemas, the MDX compiler and
// its plugins). Exit code 1 when anything is wrong.
import { existsSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../src/lib/brief-checks.ts';
import { contentRoot, projectRoot } from '../src/lib/content-root.ts';
import { loadRegistry, registryIds } from '../src/lib/registry.ts';
import { validateBrief, type BriefReport } from '../src/lib/validate-brief.ts';
import { entityIndex } from '../src/lib/entity-index.ts';
import { siteLinkProblems, type KnownSite } from '../src/lib/site-links.ts';
import { ENTITY_KINDS } from '../src/schemas/entity.ts';
import { briefsDir, listBriefs } from '../src/loaders/brief-loader.ts';
import { briefMdxRenderer } from '../src/markdown/pipeline.ts';
import { createBriefSchema } from '../src/schemas/brief.ts';
import { siteSettings } from '../src/lib/site-settings.ts';
import { startWatchdog, stopWatchdog } from '../src/lib/watchdog.ts';

const root = projectRoot;
const show = (url: URL) => relative(fileURLToPath(root), fileURLToPath(url));
const errors: string[] = [];
let registry;
let ids: string[];
try {
  registry = loadRegistry(contentRoot(root));
  ids = await listBriefs(briefsDir(root));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const schema = createBriefSchema(registryIds(registry));
const { base } = siteSettings(process.env);
const renderer = await briefMdxRenderer({ registry, base, root });
const reports = new Map<string, BriefReport & { file: string }>();
startWatchdog('checking');
for (const id of ids) {
  const url = new URL(`${id}.mdx`, briefsDir(root));
  const report = await validateBrief(await readFile(url, 'utf8'), fileURLToPath(url), schema, renderer);
  reports.set(id, { ...report, file: show(url) });
}
await stopWatchdog();
// The site the build would make, as far as links between its pages go: the briefs' sections, and
// the entities with a page (those a brief tags or mentions, as src/data/mentions.ts counts them).
const entities = entityIndex(
  [...reports].map(([id, { frontmatter }]) => ({
    id,
    declared: ENTITY_KINDS.flatMap((kind) => (Array.isArray(frontmatter[kind]) ? (frontmatter[kind] as unknown[]).map((e) => `${kind}/${String(e)}`) : [])),
    mentions: (frontmatter['mentions'] ?? {}) as Record<string, string[]>,
  })),
);
const site: KnownSite = {
  base,
  sections: new Map([...reports].map(([id, r]) => [id, r.sections])),
  withdrawn: await withdrawnIds(),
  entityPages: new Set(entities.keys()),
  glossary: new Set(registry.glossary.map((entry) => entry.id)),
  publicFile: (path) => statSync(new URL(`public/${path}`, root), { throwIfNoEntry: false })?.isFile() ?? false,
};
for (const report of reports.values()) {
  const problems = [...report.problems, ...siteLinkProblems(report.links, site)];
  if (problems.length > 0) errors.push(formatProblems(report.file, problems));
}
/** The ids of withdrawn briefs (content/retired.yaml, as src/loaders/retired-loader.ts reads it), which keep a page. */
async function withdrawnIds(): Promise<Set<string>> {
  const url = new URL('retired.yaml', contentRoot(root));
  const list: unknown = existsSync(url) ? parse(await readFile(url, 'utf8')) : [];
  return new Set(Array.isArray(list) ? list.map((brief) => String((brief as { id?: unknown })?.id)) : []);
}
if (errors.length > 0) {
  console.error(`${errors.length} of ${ids.length} briefs have problems:\n${errors.join('\n')}`);
  process.exit(1);
}
console.log(`content ok: ${ids.length} briefs, ${Object.values(registry.entities).flat().length} entities, ${registry.glossary.length} glossary entries`);

// npm run check: validates all content without building the site and prints every problem at
// once, with the build's own parsers (the brief files rule, the zod schemas, the MDX compiler and
// its plugins). Exit code 1 when anything is wrong.
import { existsSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatProblems, sameTitleProblem, sameTitles } from '../src/lib/brief-checks.ts';
import { frontmatterLines } from '../src/lib/frontmatter-lines.ts';
import { briefsDir, contentRoot, projectRoot } from '../src/lib/content-root.ts';
import { loadRegistry } from '../src/lib/registry.ts';
import type { BriefReport } from '../src/lib/validate-brief.ts';
import { WorkerPool } from '../src/lib/worker-pool.ts';
import { workerEnv } from '../src/lib/worker-env.ts';
import type { CheckTask, CheckWorkerData } from '../src/markdown/check-worker.ts';
import { declaredKeys, entityIndex } from '../src/lib/entity-index.ts';
import { siteLinkProblems, type KnownSite } from '../src/lib/site-links.ts';
import { retiredListSchema, type Retired } from '../src/schemas/retired.ts';
import { readYaml } from '../src/lib/yaml-lines.ts';
import { briefAnchors, KEEP_ANCHORS, missingAnchors, readManifest } from '../src/integrations/published-anchors.ts';
import { surveyBriefs } from '../src/loaders/brief-loader.ts';
import { siteSettings } from '../src/lib/site-settings.ts';

const root = projectRoot;
const show = (url: URL) => relative(fileURLToPath(root), fileURLToPath(url));
/** Every problem found: a brief's as one block, another content file's as a line. */
const errors: string[] = [];
let briefsWithProblems = 0;
/** Problems of files in the briefs folder that the build refuses before reading them as briefs. */
let refusedFiles = 0;
let registry;
let ids: string[];
/** Ids of brief files that are there but refused: links to them wait for them, and they are not gone. */
let refusedIds = new Set<string>();
try {
  registry = loadRegistry(contentRoot(root));
  // A file the build refuses (by its name, or beyond the input limits) is named, and the other briefs are still checked.
  const survey = await surveyBriefs(briefsDir(root));
  ids = survey.ids;
  for (const { file, message } of survey.refused) errors.push(`${show(pathToFileURL(file))}: ${message}`);
  refusedFiles = survey.refused.length;
  refusedIds = new Set(survey.refused.flatMap(({ file }) => (file.endsWith('.mdx') ? [basename(file, '.mdx')] : [])));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { base } = siteSettings(process.env);
// The workers load the pipeline's modules through Node's compile cache, as a build's do (worker-env.ts).
enableCompileCache();
// Briefs are validated on a pool of worker threads, as the build compiles them: an archive of
// thousands is checked on every core, and a brief whose check hangs is named and the rest go on.
const workerData: CheckWorkerData = { root: root.href, content: contentRoot(root).href, base };
const pool = new WorkerPool<CheckTask, BriefReport>({
  size: Math.max(1, availableParallelism()),
  timeoutSeconds: Number(process.env['BRIEFING_RENDER_TIMEOUT'] ?? 60),
  what: 'checking',
  create: () => new Worker(new URL('../src/markdown/check-worker.ts', import.meta.url), { workerData, env: workerEnv() }),
});
type Report = BriefReport & { file: string };
const reports = new Map<string, Report>(
  await Promise.all(
    ids.map(async (id): Promise<[string, Report]> => {
      const url = new URL(`${id}.mdx`, briefsDir(root));
      const file = show(url);
      try {
        return [id, { ...(await pool.run(file, { file: fileURLToPath(url) })), file }];
      } catch (error) {
        const message = (error as Error).message.replace(`${file}: `, '');
        return [id, { problems: [{ field: 'body', message }], sections: undefined, links: [], frontmatter: {}, file }];
      }
    }),
  ),
);
await pool.close();
// Withdrawn briefs (content/retired.yaml), read as the build's loader reads them, keep a page.
const withdrawn = await readWithdrawn();
// The site the build would make, as far as links between its pages go: the briefs' sections, and
// the entities with a page (those a brief tags or mentions, as src/data/mentions.ts counts them).
const entities = entityIndex(
  [...reports].map(([id, { frontmatter }]) => ({
    id,
    declared: declaredKeys(frontmatter),
    mentions: (frontmatter['mentions'] ?? {}) as Record<string, string[]>,
  })),
);
const site: KnownSite = {
  base,
  sections: new Map([...reports].map(([id, r]) => [id, r.sections ?? []])),
  // Links into a brief whose body did not compile wait for it: its own problems come first.
  uncompiled: new Set([...[...reports].flatMap(([id, r]) => (r.sections ? [] : [id])), ...refusedIds]),
  withdrawn: new Set(withdrawn.map((brief) => brief.id)),
  entityPages: new Set(entities.keys()),
  glossary: new Set(registry.glossary.map((entry) => entry.id)),
  publicFile: (path) => statSync(new URL(`public/${path}`, root), { throwIfNoEntry: false })?.isFile() ?? false,
};
// Every anchor once published must still answer, as the build checks against its anchors.json.
const anchorsUrl = new URL('published-anchors.json', contentRoot(root));
const gone = new Map<string, string[]>();
try {
  const published = await readManifest(fileURLToPath(anchorsUrl));
  const answering = Object.fromEntries([
    ...[...reports].map(([id, r]) => [id, briefAnchors(r.sections ?? [], (r.frontmatter['formerIds'] ?? {}) as Record<string, string[]>)]),
    ...withdrawn.map((brief) => [brief.id, brief.sections]),
  ]);
  for (const anchor of missingAnchors(published, answering)) {
    const [brief, id] = anchor.split('#') as [string, string];
    // A brief that did not compile has no sections to answer with: its own problems come first.
    if (reports.get(brief)?.problems.length) continue;
    gone.set(brief, [...(gone.get(brief) ?? []), id]);
  }
} catch (error) {
  errors.push((error as Error).message);
}
// Two briefs a reader could not tell apart (src/lib/brief-checks.ts), as the build's loader refuses them.
const titled = sameTitles([...reports].flatMap(([id, r]) => (typeof r.frontmatter['title'] === 'string' ? [{ id, title: r.frontmatter['title'] }] : [])));
for (const [id, report] of reports) {
  const problems = [...report.problems, ...siteLinkProblems(report.links, site)];
  const others = titled.get(id);
  if (others) problems.push(sameTitleProblem(others, frontmatterLines(await readFile(new URL(`${id}.mdx`, briefsDir(root)), 'utf8'))?.('title')));
  const anchors = gone.get(id);
  if (anchors) problems.push({ field: 'body', message: `published section anchors no longer exist: ${anchors.map((a) => `#${a}`).join(', ')}. ${KEEP_ANCHORS}` });
  if (problems.length === 0) continue;
  briefsWithProblems++;
  errors.push(formatProblems(report.file, problems));
}
for (const [id, anchors] of gone) {
  // A file that is there but refused (too large, not UTF-8) has its own error: it is not gone.
  if (!reports.has(id) && !refusedIds.has(id)) errors.push(`${show(anchorsUrl)}: brief "${id}" was published (${anchors.map((a) => `#${a}`).join(', ')}), but its file is gone and it is not withdrawn: restore content/briefs/${id}.mdx, or withdraw it with npm run retire -- ${id}, so its address answers with a "withdrawn" page`);
}

/** content/retired.yaml with the schema of its collection (src/loaders/retired-loader.ts); its problems with their lines. */
async function readWithdrawn(): Promise<Retired[]> {
  const url = new URL('retired.yaml', contentRoot(root));
  if (!existsSync(url)) return [];
  const yaml = readYaml(await readFile(url, 'utf8'));
  if (yaml.error) {
    errors.push(`${show(url)}: line ${yaml.error.line}: not valid YAML: ${yaml.error.message}`);
    return [];
  }
  const result = retiredListSchema.safeParse({ briefs: yaml.data ?? [] });
  if (result.success) return result.data.briefs;
  for (const issue of result.error.issues) {
    const path = issue.path.slice(1);
    errors.push(`${show(url)}: ${path.join('.') || 'the file (a list of withdrawn briefs)'} (line ${yaml.lineOf(path) ?? 1}): ${issue.message}`);
  }
  return [];
}
if (errors.length > 0) {
  const others = errors.length - briefsWithProblems - refusedFiles;
  const what = [
    refusedFiles > 0 ? `${refusedFiles} problem(s) with files in the briefs folder` : '',
    briefsWithProblems > 0 ? `${briefsWithProblems} of ${ids.length} briefs have problems` : '',
    others > 0 ? `${others} problem(s) in other content files` : '',
  ]
    .filter(Boolean)
    .join('; ');
  console.error(`${what}:\n${errors.join('\n')}`);
  process.exit(1);
}
console.log(`content ok: ${ids.length} briefs, ${Object.values(registry.entities).flat().length} entities, ${registry.glossary.length} glossary entries`);

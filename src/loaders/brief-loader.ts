import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { classifyBriefFile } from '../lib/brief-files.ts';
import { authorError } from '../lib/author-error.ts';
import { foldedItems, unclosedFrontmatter, yamlSyntaxProblem } from '../lib/yaml-lines.ts';
import { inputProblems } from '../lib/input-limits.ts';
import { frontmatterLines, withFrontmatterLines } from '../lib/frontmatter-lines.ts';
import { formatProblems, sameTitleProblem, sameTitles } from '../lib/brief-checks.ts';
import { briefsDir, contentRoot } from '../lib/content-root.ts';
import { contentState } from '../lib/content-state.ts';
import { settledWatcher } from '../lib/settled-watcher.ts';

/** Every entry of the briefs folder, in name order, with what the file-name rule makes of it. */
async function classifyFolder(dir: URL) {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((entry) => entry.name));
  return entries.sort((a, b) => a.name.localeCompare(b.name)).map((entry) => ({ name: entry.name, link: entry.isSymbolicLink(), found: classifyBriefFile(entry.name, entry.isDirectory(), names) }));
}

/** The ids of the briefs in the folder, by file name alone (src/lib/brief-files.ts). */
export async function briefIds(dir: URL): Promise<string[]> {
  return (await classifyFolder(dir)).flatMap(({ found }) => (found.kind === 'brief' ? [found.id] : []));
}

/**
 * The brief files, and what the folder holds that is refused: near misses by name (see
 * src/lib/brief-files.ts), texts beyond the input limits (src/lib/input-limits.ts), so nothing
 * pathological reaches a parser, and frontmatter whose list item YAML would read as part of the
 * item above (src/lib/yaml-lines.ts). `ids` holds only the briefs a parser may read.
 */
export async function surveyBriefs(dir: URL): Promise<{ ids: string[]; refused: { file: string; message: string }[] }> {
  const refused: { file: string; message: string }[] = [];
  const ids: string[] = [];
  for (const { name, link, found } of await classifyFolder(dir)) {
    const file = fileURLToPath(new URL(name, dir));
    // A link may lead out of the project: what it publishes is whatever is there when it builds.
    if (found.kind === 'brief' && link) {
      refused.push({ file, message: 'is a link to another file: a brief is a file of its own in content/briefs/; copy the text here instead' });
      continue;
    }
    if (found.kind === 'brief') {
      // Read at once, not through libuv's thread pool: one brief after another, the pool's round
      // trips cost three times the reading (0.23 to 0.31 s against 0.07 to 0.12 s for 1,000 briefs).
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        // A file the build cannot read (its permissions): named, and the other briefs still surveyed.
        refused.push({ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): give the build permission to read it, e.g. chmod a+r` });
        continue;
      }
      // The limits first: nothing pathological reaches the YAML parser.
      const limits = inputProblems(text);
      const unclosed = limits.length > 0 ? [] : unclosedFrontmatter(text);
      const problems = limits.length > 0 ? limits : unclosed.length > 0 ? unclosed : foldedItems(text);
      for (const problem of problems) refused.push({ file, message: `line ${problem.line}: ${problem.message}` });
      if (problems.length === 0) ids.push(found.id);
    }
    if (found.kind === 'refused') refused.push({ file, message: found.message });
  }
  return { ids, refused };
}

/** The ids of the brief files; anything refused stops the build, every refusal named (surveyBriefs). */
export async function listBriefs(dir: URL): Promise<string[]> {
  const { ids, refused } = await surveyBriefs(dir);
  if (refused.length > 0) {
    // Astro's log and error overlay point at `loc`: the first refused file, at its line when one is named.
    const [first] = refused;
    const line = Number(/^line (\d+):/.exec(first!.message)?.[1] ?? 0);
    throw Object.assign(new Error(refused.map(({ file, message }) => `${file}: ${message}`).join('\n')), { loc: { file: first!.file, line, column: 0 } });
  }
  return ids;
}

/**
 * What shapes a brief's data besides its own text: the code that validates and parses it (the
 * schemas, the functions they use, this loader, the collections' config), the dependencies'
 * versions, and the registry its ids are checked against. Astro's glob loader keys its cache on
 * the file alone. The folders are hashed whole rather than followed import by import: an edit
 * anywhere in them re-validates every brief, which costs about a second at 1,000 briefs, where a
 * missed import would keep data that check refuses.
 */
async function dataFingerprint(root: URL): Promise<string> {
  const hash = createHash('sha256');
  const sources = ['src/schemas/', 'src/lib/', 'src/loaders/', 'src/content.config.ts', 'package-lock.json'].map((path) => [path, new URL(path, root)] as const);
  for (const [name, source] of [...sources, ['entities/', new URL('entities/', contentRoot(root))] as const]) {
    // Named from their folder, so that a checkout moved or content kept elsewhere keeps its fingerprint.
    for (const file of await filesOf(source)) hash.update(`${name}${relative(fileURLToPath(source), fileURLToPath(file))}\0`).update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

/** A folder's files, in a stable order, or the file itself; nothing where there is neither. */
async function filesOf(source: URL): Promise<URL[]> {
  if (!source.pathname.endsWith('/')) return existsSync(source) ? [source] : [];
  const names = await readdir(source, { recursive: true, withFileTypes: true });
  return names
    .filter((entry) => entry.isFile())
    .map((entry) => pathToFileURL(`${entry.parentPath}/${entry.name}`))
    .sort((a, b) => (a.href < b.href ? -1 : a.href > b.href ? 1 : 0));
}

/**
 * A frontmatter's YAML error as `npm run check` gives it (src/lib/yaml-lines.ts): @astrojs/mdx
 * reports where the parser gave up, which for a quote left open is a later line.
 */
async function withYamlHint(error: unknown): Promise<unknown> {
  const e = error as Error & { id?: string; mark?: { line: number }; reason?: string; loc?: { file?: string; line?: number; column?: number } };
  if (e?.name !== 'YAMLException' || !e.id || !e.mark || !existsSync(e.id)) return error;
  const { line, message } = yamlSyntaxProblem(await readFile(e.id, 'utf8'), e.mark.line + 1, e.reason ?? e.message);
  e.message = `line ${line}: ${message}`;
  e.loc = { file: e.id, line, column: 0 };
  return e;
}

/**
 * The briefs collection: Astro's own glob() loader over `content/briefs/*.mdx`, so `render(entry)`
 * compiles each brief with @astrojs/mdx exactly as any Astro MDX file, and dev and build take the
 * same path. Around it: every file in the folder is a brief, ignored by a documented rule or
 * refused by name; a schema or registry change re-validates every brief; and the raw bodies stay
 * out of the data store (Starlight's 20,000-page failure is that store outgrowing a string).
 */
export function briefLoader(): Loader {
  return {
    name: 'briefing:briefs',
    load: async (context) => {
      contentState().loads++;
      const dir = briefsDir(context.config.root);
      const ids = await listBriefs(dir);
      const fingerprint = await dataFingerprint(context.config.root);
      if (context.meta.get('data-fingerprint') !== fingerprint) {
        context.store.clear();
        context.meta.set('data-fingerprint', fingerprint);
      }
      // Office lock files (~$x.mdx) end in .mdx too; src/lib/brief-files.ts ignores them.
      // A schema error names each problem's line, as `npm run check` does.
      const parseData: typeof context.parseData = async (props) => {
        try {
          const data = await context.parseData(props);
          if (props.filePath) contentState().errors.delete(props.filePath);
          return data;
        } catch (error) {
          const e = error as Error & { loc?: { file?: string; line?: number; column?: number } };
          if (props.filePath && typeof e.message === 'string') {
            const file = new URL(props.filePath, context.config.root);
            const text = await readFile(file, 'utf8');
            const { message, line } = withFrontmatterLines(e.message, text);
            e.message = message;
            if (line !== undefined) e.loc = { ...e.loc, line, column: 0 };
            e.loc = { ...e.loc, file: fileURLToPath(file) };
            contentState().errors.set(props.filePath, { error: e, text });
          }
          throw e;
        }
      };
      try {
        // In dev, a saved brief is read once the save has settled, not halfway (src/lib/settled-watcher.ts).
        const watching = context.watcher ? { watcher: settledWatcher(context.watcher) } : {};
        await glob({ pattern: ['*.mdx', '!~$*'], base: dir, retainBody: false, generateId: ({ entry }) => entry.slice(0, -'.mdx'.length) }).load({ ...context, parseData, ...watching });
      } catch (error) {
        throw await withYamlHint(error);
      }
      const missing = ids.filter((id) => !context.store.has(id));
      if (missing.length > 0) {
        throw new Error(`${missing.length} of ${ids.length} briefs could not be loaded: ${missing.map((id) => fileURLToPath(new URL(`${id}.mdx`, dir))).join(', ')}`);
      }
      // Two briefs a reader could not tell apart, as `npm run check` says it (src/lib/brief-checks.ts).
      const titled = sameTitles(ids.map((id) => ({ id, title: String(context.store.get(id)?.data['title'] ?? '') })));
      if (titled.size > 0) {
        const reports = await Promise.all(
          [...titled].map(async ([id, others]) => {
            const file = fileURLToPath(new URL(`${id}.mdx`, dir));
            return { file, problem: sameTitleProblem(others, frontmatterLines(await readFile(file, 'utf8'))?.('title')) };
          }),
        );
        const error = new Error(reports.map(({ file, problem }) => formatProblems(file, [problem])).join('\n'));
        // The content's place, not this file's: the titles are the author's to change.
        throw Object.assign(authorError(error), { loc: { file: reports[0]!.file, line: reports[0]!.problem.line, column: 0 } });
      }
    },
  };
}

import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidBrief } from '../lib/brief-checks.ts';
import { loadRegistry } from '../lib/registry.ts';
import { hasCode, runProblems } from '../lib/validate-brief.ts';
import { serializeError, serveTasks, type SerializedError } from '../lib/worker-pool.ts';
import { briefMdxRenderer } from './pipeline.ts';

/** One brief to compile, as @astrojs/mdx's transform receives it; without `code`, the worker reads the file. */
export interface CompileTask {
  code?: string;
  id: string;
}

export interface CompileResult {
  code: string;
  map: string | null;
  astroMetadata: unknown;
}

export interface CompileWorkerData {
  root: string;
  content: string;
  base: string;
  cacheDir: string;
}

// A worker of the build's compile pool (src/integrations/compile-pool.ts): the same processor
// as the build and `npm run check` (briefMdxRenderer), one brief at a time.
const { root, content, base, cacheDir } = workerData as CompileWorkerData;
const renderer = await briefMdxRenderer({ registry: loadRegistry(new URL(content)), base, root: new URL(root), cacheDir: new URL(cacheDir) });

function serialize(error: unknown): SerializedError {
  const e = error as Error & { mark?: { line: number; column: number }; reason?: string };
  // A YAML error gets its position the way @astrojs/mdx reports it (safeParseFrontmatter).
  if (e.name === 'YAMLException' && e.mark) return { name: e.name, message: e.reason ?? e.message, line: e.mark.line + 1, column: e.mark.column };
  return serializeError(error);
}

serveTasks<CompileTask, CompileResult>(async ({ code, id }) => {
  // Read at once: this thread has nothing else to do meanwhile, and a trip through libuv's pool costs more than the reading.
  const { frontmatter, content: body } = parseFrontmatter(code ?? readFileSync(id, 'utf8'), { frontmatter: 'empty-with-spaces' });
  const { code: js, map, astroMetadata } = await renderer.process(body, id, frontmatter);
  // The brief's code, run as check runs it (src/lib/validate-brief.ts): what throws or never
  // ends is refused here, with its line, as check refuses it.
  if (hasCode(frontmatter)) {
    const problems = runProblems(frontmatter, id);
    if (problems.length > 0) throw invalidBrief(relative(fileURLToPath(new URL(root)), id), problems);
  }
  return { code: js, map: map ?? null, astroMetadata };
}, serialize);

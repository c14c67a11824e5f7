import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { loadRegistry, registryIds } from '../lib/registry.ts';
import { validateBrief, type BriefReport } from '../lib/validate-brief.ts';
import { serveTasks } from '../lib/worker-pool.ts';
import { createBriefSchema } from '../schemas/brief.ts';
import { briefMdxRenderer } from './pipeline.ts';

/** One brief for `npm run check` to validate: its file's path. */
export interface CheckTask {
  file: string;
}

export interface CheckWorkerData {
  root: string;
  content: string;
  base: string;
}

// A worker of `npm run check` (scripts/check-content.ts): validates one brief at a time with the
// build's own schema, processor and plugins (validateBrief), so an archive is checked on every core.
const { root, content, base } = workerData as CheckWorkerData;
const registry = loadRegistry(new URL(content));
const schema = createBriefSchema(registryIds(registry));
const renderer = await briefMdxRenderer({ registry, base, root: new URL(root) });

// Read at once, as the compile workers read: a trip through libuv's pool costs more than the reading.
serveTasks<CheckTask, BriefReport>(async ({ file }) => validateBrief(readFileSync(file, 'utf8'), file, schema, renderer));

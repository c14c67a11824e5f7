import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// In a process of its own, so whether Node's compile cache is on is up to the case: the thread
// turns it on (as Astro's CLI does) or not, starts a worker with workerEnv(), and prints where the
// worker's cache is, and whether the worker kept the thread's other variables.
const script = (cache: string | undefined) => `
import { enableCompileCache } from 'node:module';
import { Worker } from 'node:worker_threads';
import { workerEnv } from ${JSON.stringify(new URL('../../src/lib/worker-env.ts', import.meta.url).href)};
${cache ? `enableCompileCache(${JSON.stringify(cache)});` : ''}
process.env.BRIEFING_PROBE = 'kept';
// The worker's code is a module, as the thread's (--input-type=module) is.
const worker = new Worker("import { getCompileCacheDir } from 'node:module'; import { parentPort } from 'node:worker_threads'; parentPort.postMessage([getCompileCacheDir() ?? null, process.env.BRIEFING_PROBE]);", { eval: true, env: workerEnv() });
worker.once('message', (m) => { console.log(JSON.stringify(m)); worker.terminate(); });
`;

const run = (cache: string | undefined): [string | null, string] => {
  const env = { ...process.env };
  delete env['NODE_COMPILE_CACHE'];
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script(cache)], { encoding: 'utf8', env });
  expect(out.stderr).toBe('');
  return JSON.parse(out.stdout);
};

describe('workerEnv', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("gives a worker the thread's compile cache, the same folder, and the thread's variables", () => {
    dir = mkdtempSync(join(tmpdir(), 'worker-env-'));
    const [cache, probe] = run(dir);
    expect(cache).not.toBeNull();
    // The thread's own subfolder for this Node version, not one nested in it.
    expect(cache!.startsWith(dir + '/')).toBe(true);
    expect(cache!.slice(dir.length + 1)).not.toContain('/');
    expect(probe).toBe('kept');
  });

  it('gives none when the thread has none', () => {
    const [cache, probe] = run(undefined);
    expect(cache).toBeNull();
    expect(probe).toBe('kept');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/lib/worker-pool.ts';

// A worker that doubles numbers, hangs on "hang", dies on "crash", exits on "exit" and reports
// a thrown error on "throw"; on "held" it answers how many tasks it has held at once, at most.
// It answers in order, as a pool's worker must. STARTUP, in ms, is how long it takes to start
// (busy, as loading a pipeline is); -1 never starts.
const worker = (startup = 0) => `
const { parentPort } = require('node:worker_threads');
const until = ${startup} < 0 ? Infinity : Date.now() + ${startup};
while (Date.now() < until);
parentPort.postMessage('ready');
let held = 0, most = 0;
const answer = (reply) => setTimeout(() => { held--; parentPort.postMessage(reply); }, 5);
parentPort.on('message', (input) => {
  most = Math.max(most, ++held);
  if (input === 'hang') for (;;);
  if (input === 'crash') setTimeout(() => { throw new Error('boom'); });
  else if (input === 'exit') process.exit(3);
  else if (input === 'throw') answer({ ok: false, error: { name: 'MDXError', message: 'bad prop', line: 7 } });
  else if (input === 'held') answer({ ok: true, value: most });
  else answer({ ok: true, value: input * 2 });
});
`;
const WORKER = worker();

let pool: WorkerPool<unknown, number> | undefined;
afterEach(() => pool?.close());

function makePool(size: number, timeoutSeconds = 5, script = WORKER, startupSeconds?: number, ahead?: number) {
  let started = 0;
  pool = new WorkerPool<unknown, number>({
    size,
    ...(ahead ? { ahead } : {}),
    timeoutSeconds,
    ...(startupSeconds ? { startupSeconds } : {}),
    what: 'rendering',
    create: () => {
      started++;
      return new Worker(script, { eval: true });
    },
  });
  return { pool, started: () => started };
}

describe('worker pool', () => {
  it('keeps the process alive while it works, never while it idles', () => {
    // A process whose pool answered and was never closed still exits (with its work done).
    const script = `
      import { Worker } from 'node:worker_threads';
      import { WorkerPool } from ${JSON.stringify(new URL('../../src/lib/worker-pool.ts', import.meta.url).href)};
      const pool = new WorkerPool({ size: 2, timeoutSeconds: 5, what: 'rendering', create: () => new Worker(${JSON.stringify(WORKER)}, { eval: true }) });
      const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => pool.run('brief-' + n, n)));
      console.log(results.join(' '));
    `;
    const file = join(mkdtempSync(join(tmpdir(), 'pool-')), 'idle.mjs');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 20_000 });
    rmSync(dirname(file), { recursive: true });
    expect(run.error, 'the process did not exit').toBeUndefined();
    expect(run.stdout.trim(), run.stderr).toBe('2 4 6 8 10 12');
    expect(run.status).toBe(0);
  });

  it('runs every task, on at most `size` workers', async () => {
    const { pool, started } = makePool(2);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run(`brief-${i}`, i)));
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(started()).toBe(2);
  });

  it('starts a second worker only for a backlog', async () => {
    const { pool, started } = makePool(2);
    await Promise.all(Array.from({ length: 5 }, (_, i) => pool.run(`brief-${i}`, i)));
    expect(started()).toBe(1);
  });

  it('gives a worker one task at a time, or as many more as it may hold ahead, in order', async () => {
    for (const ahead of [0, 2]) {
      const { pool, started } = makePool(1, 5, WORKER, undefined, ahead);
      const results = await Promise.all([...Array.from({ length: 8 }, (_, i) => pool.run(`brief-${i}`, i)), pool.run('last', 'held')]);
      expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 1 + ahead]);
      expect(started()).toBe(1);
      await pool.close();
    }
  });

  it('runs the tasks a lost worker held but had not started on a new one', async () => {
    const { pool, started } = makePool(1, 1, WORKER, undefined, 2);
    // The first worker holds a, b and c, and hangs on a; the second holds b, c and d, and dies on b.
    const lost = [pool.run('a.mdx', 'hang'), pool.run('b.mdx', 'crash')];
    const after = [pool.run('c.mdx', 3), pool.run('d.mdx', 4)];
    await expect(lost[0]).rejects.toThrow(/^a\.mdx: rendering did not finish within 1 s/);
    await expect(lost[1]).rejects.toThrow(/^b\.mdx: rendering failed: its rendering worker crashed: boom/);
    expect(await Promise.all(after)).toEqual([6, 8]);
    expect(started()).toBe(3);
  });

  it('fails a task that runs past the limit, naming it, and goes on with the rest', async () => {
    const { pool } = makePool(1, 1);
    const hung = pool.run('content/briefs/slow.mdx', 'hang');
    const next = pool.run('content/briefs/next.mdx', 4);
    await expect(hung).rejects.toThrow(/^content\/briefs\/slow\.mdx: rendering did not finish within 1 s/);
    await expect(next).resolves.toBe(8);
  });

  it('does not count a worker’s start against its first task’s limit, which has a limit of its own', async () => {
    // A start of 1.5 s, on a busy machine, is no reason to call the text pathological.
    const slow = makePool(1, 1, worker(1500)).pool;
    expect(await slow.run('content/briefs/first.mdx', 4)).toBe(8);
    await slow.close();
    const never = makePool(1, 1, worker(-1), 1).pool;
    await expect(never.run('content/briefs/first.mdx', 4)).rejects.toThrow(/^content\/briefs\/first\.mdx: rendering failed: its rendering worker did not start within 1 s/);
  });

  it('fails the task whose worker crashes or exits, naming it', async () => {
    const { pool } = makePool(2);
    await expect(pool.run('a.mdx', 'crash')).rejects.toThrow(/^a\.mdx: rendering failed: its rendering worker crashed: boom/);
    await expect(pool.run('b.mdx', 'exit')).rejects.toThrow(/^b\.mdx: rendering failed: its rendering worker exited \(code 3\)/);
    await expect(pool.run('c.mdx', 1)).resolves.toBe(2);
  });

  it('passes on an error the worker reports, with its position', async () => {
    const { pool } = makePool(1);
    await expect(pool.run('d.mdx', 'throw')).rejects.toMatchObject({ name: 'MDXError', message: 'bad prop', line: 7 });
  });

  it('fails queued tasks by name when closed', async () => {
    const { pool } = makePool(1);
    const running = expect(pool.run('e.mdx', 'hang')).rejects.toThrow(/^e\.mdx: .*closed while this task ran/);
    const queued = expect(pool.run('f.mdx', 1)).rejects.toThrow(/^f\.mdx: .*closed before this task ran/);
    await pool.close();
    await Promise.all([running, queued]);
  });
});

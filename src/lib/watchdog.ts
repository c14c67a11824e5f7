import { writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * A time limit on what runs on the main thread, where a page that never finishes rendering (an
 * expression that loops) blocks it and no timer there can fire. A watchdog thread watches a
 * heartbeat the main thread writes; when it stops for longer than the limit, the watchdog names
 * what was being worked on last (each page marks it) and ends the process with an error, instead
 * of letting the build hang without a word. Work on worker threads has WorkerPool's limit.
 */
const state = new Int32Array(new SharedArrayBuffer(8)); // [heartbeat seconds, name length]
const name = new Uint8Array(new SharedArrayBuffer(4096));
const encoder = new TextEncoder();
let worker: Worker | undefined;
let beat: NodeJS.Timeout | undefined;
let last = '';

/** Marks what is being worked on now (cheap: it only copies the name when it changes). */
export function working(file: string): void {
  if (file === last) return;
  last = file;
  const bytes = encoder.encode(file).slice(0, name.length);
  name.set(bytes);
  Atomics.store(state, 1, bytes.length);
}

const WATCHER = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { state, name, limit, what, hint } = workerData;
setInterval(() => {
  const now = Math.floor(Date.now() / 1000);
  if (now - Atomics.load(state, 0) < limit) return;
  const file = new TextDecoder().decode(name.slice(0, Atomics.load(state, 1))) || 'a page';
  writeSync(2, '\\n' + file + ': ' + what + ' did not finish within ' + limit + ' s (BRIEFING_RENDER_TIMEOUT); ' + hint + '\\n');
  process.kill(process.pid, 'SIGKILL');
}, 500);
`;

/**
 * Starts the watchdog (once per process); `limit` in seconds, BRIEFING_RENDER_TIMEOUT overriding
 * it. `hint` is what the message tells the author to look for.
 */
export function startWatchdog(what: string, { hint, limit = Number(process.env['BRIEFING_RENDER_TIMEOUT'] ?? 60) }: { hint: string; limit?: number }): void {
  if (worker) return;
  Atomics.store(state, 0, Math.floor(Date.now() / 1000));
  beat = setInterval(() => Atomics.store(state, 0, Math.floor(Date.now() / 1000)), 250);
  beat.unref();
  worker = new Worker(WATCHER, { eval: true, workerData: { state, name, limit, what, hint } });
  worker.unref();
  worker.on('error', (error) => writeSync(2, `watchdog: ${error.message}\n`));
}

export async function stopWatchdog(): Promise<void> {
  clearInterval(beat);
  await worker?.terminate();
  worker = undefined;
}

import type { Worker } from 'node:worker_threads';

/** What a pool worker answers for one task. */
export type WorkerReply<Out> = { ok: true; value: Out } | { ok: false; error: SerializedError };

/** What a pool worker posts once it has started (loaded what it needs), before any answer. */
export const WORKER_READY = 'ready';

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  line?: number;
  column?: number;
}

export interface PoolOptions {
  /** How many workers run at once; tasks beyond that wait in a queue. */
  size: number;
  /** Limit for one task, from when its worker is ready; the worker is stopped and the task fails, naming it. */
  timeoutSeconds: number;
  /** Limit for a worker to start (to post WORKER_READY); 60 s unless given. */
  startupSeconds?: number;
  /** What the workers do, for messages ("rendering"). */
  what: string;
  /** Starts one worker (called lazily, and again to replace a stopped one). */
  create: () => Worker;
}

interface Task<In, Out> {
  label: string;
  input: In;
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
}

/** Tasks waiting beyond which another worker is started. */
const BACKLOG = 4;

/** An error thrown in a worker, as it crosses to the other side: its name, message, stack and position. */
export function serializeError(error: unknown): SerializedError {
  const e = error as Error & { line?: number; column?: number };
  return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}), ...(e.line != null ? { line: e.line } : {}), ...(e.column != null ? { column: e.column } : {}) };
}

/** An error thrown in a worker, rebuilt on this side with its name, position and stack. */
export function reviveError(error: SerializedError): Error {
  return Object.assign(new Error(error.message), error);
}

/**
 * A small pool of worker threads with a queue. Node has no built-in pool, and the well-known
 * ones (piscina, tinypool) would each be a dependency for ~100 lines; what the build needs beyond
 * them is that no failure is silent: a task that runs past the limit, or whose worker crashes or
 * exits, fails with the task's label (the brief's file), and no task waits for a worker that
 * is gone. Tasks are handed out one at a time as workers become free, never all at once.
 */
export class WorkerPool<In, Out> {
  readonly #options: PoolOptions;
  readonly #queue: Task<In, Out>[] = [];
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, { task: Task<In, Out>; timer: NodeJS.Timeout | undefined }>();
  /** Workers not yet ready, with the timer of their start. */
  readonly #starting = new Map<Worker, NodeJS.Timeout>();
  #started = 0;
  #closed = false;

  constructor(options: PoolOptions) {
    this.#options = options;
  }

  run(label: string, input: In): Promise<Out> {
    if (this.#closed) return Promise.reject(new Error(`${label}: the ${this.#options.what} pool is closed`));
    return new Promise<Out>((resolve, reject) => {
      this.#queue.push({ label, input, resolve, reject });
      this.#next();
    });
  }

  /** Stops every worker; tasks still queued or running fail, naming their label. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.reject(new Error(`${task.label}: the ${this.#options.what} pool closed before this task ran`));
    const workers = [...this.#idle.splice(0), ...this.#busy.keys()];
    for (const timer of this.#starting.values()) clearTimeout(timer);
    this.#starting.clear();
    for (const [, { task, timer }] of this.#busy) {
      clearTimeout(timer);
      task.reject(new Error(`${task.label}: the ${this.#options.what} pool closed while this task ran`));
    }
    this.#busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #next(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#wantsWorker() ? this.#spawn() : undefined);
      if (!worker) return;
      const task = this.#queue.shift()!;
      // A worker still starting keeps the task waiting in its port; its time starts when it is ready.
      this.#busy.set(worker, { task, timer: this.#starting.has(worker) ? undefined : this.#limit(worker) });
      worker.ref();
      worker.postMessage(task.input);
    }
  }

  /**
   * A worker takes a moment to start (it loads the whole pipeline): the first starts at once,
   * others only while a backlog waits, so a build of a few briefs starts one, not every core's.
   */
  #wantsWorker(): boolean {
    return this.#started < this.#options.size && (this.#started === 0 || this.#queue.length > BACKLOG);
  }

  /** The limit of the task a ready worker runs. */
  #limit(worker: Worker): NodeJS.Timeout {
    return setTimeout(() => this.#fail(worker, `did not finish within ${this.#options.timeoutSeconds} s (BRIEFING_RENDER_TIMEOUT); the text is probably pathological: look for very long lines, deep nesting or long runs of one character`), this.#options.timeoutSeconds * 1000);
  }

  /**
   * A new worker loads the whole pipeline (some 0.8 s, several on a busy machine) before its first
   * task: that does not count against the task's limit, which is for the text, but has one of its own.
   */
  #spawn(): Worker {
    const worker = this.#options.create();
    this.#started++;
    const seconds = this.#options.startupSeconds ?? 60;
    this.#starting.set(worker, setTimeout(() => this.#fail(worker, `its ${this.#options.what} worker did not start within ${seconds} s`), seconds * 1000));
    worker.on('message', (reply: WorkerReply<Out> | typeof WORKER_READY) => {
      if (reply === WORKER_READY) {
        clearTimeout(this.#starting.get(worker));
        this.#starting.delete(worker);
        const waiting = this.#busy.get(worker);
        if (waiting) waiting.timer = this.#limit(worker);
        return;
      }
      const running = this.#busy.get(worker);
      if (!running) return;
      clearTimeout(running.timer);
      this.#busy.delete(worker);
      this.#idle.push(worker);
      // An idle pool never keeps the process alive: a caller that stops using it may forget to close it.
      worker.unref();
      if (reply.ok) running.task.resolve(reply.value);
      else running.task.reject(reviveError(reply.error));
      this.#next();
    });
    worker.on('error', (error) => this.#fail(worker, `its ${this.#options.what} worker crashed: ${error.message}`));
    worker.on('exit', (code) => this.#fail(worker, `its ${this.#options.what} worker exited (code ${code})`));
    return worker;
  }

  /** A worker is lost: the task it held fails by name, and a new worker takes the queue. */
  #fail(worker: Worker, why: string): void {
    const running = this.#busy.get(worker);
    const idle = this.#idle.indexOf(worker);
    if (idle !== -1) this.#idle.splice(idle, 1);
    if (!running && idle === -1) return;
    clearTimeout(this.#starting.get(worker));
    this.#starting.delete(worker);
    this.#started--;
    worker.removeAllListeners('message');
    worker.removeAllListeners('exit');
    // A stopped worker may still report an error; it no longer holds a task.
    worker.removeAllListeners('error');
    worker.on('error', () => {});
    void worker.terminate();
    if (running) {
      clearTimeout(running.timer);
      this.#busy.delete(worker);
      running.task.reject(new Error(`${running.task.label}: ${this.#options.what} ${why.startsWith('its') ? `failed: ${why}` : why}`));
    }
    if (!this.#closed) this.#next();
  }
}

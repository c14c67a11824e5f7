import { parentPort, type Worker } from 'node:worker_threads';

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
  /** How many workers run at once; tasks beyond what they hold wait in a queue. */
  size: number;
  /**
   * Tasks a worker is given beyond the one it runs (0 unless given), so it goes straight on to
   * the next while this thread is too busy to answer at once. Its workers answer in order (serveTasks).
   */
  ahead?: number;
  /** Limit for one task, from when its worker starts it; the worker is stopped and the task fails, naming it. */
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
 * A pool worker's side, once it has loaded what it needs: says it is ready, then answers each
 * task with what `work` gives or throws, one task at a time in the order given, as the pool
 * expects of a worker that holds several.
 */
export function serveTasks<In, Out>(work: (input: In) => Promise<Out>, serialize: (error: unknown) => SerializedError = serializeError): void {
  let turn = Promise.resolve();
  parentPort!.on('message', (input: In) => {
    turn = turn.then(async () => {
      let reply: WorkerReply<Out>;
      try {
        reply = { ok: true, value: await work(input) };
      } catch (error) {
        reply = { ok: false, error: serialize(error) };
      }
      parentPort!.postMessage(reply);
    });
  });
  parentPort!.postMessage(WORKER_READY);
}

/**
 * A small pool of worker threads with a queue. Node has no built-in pool, and the well-known
 * ones (piscina, tinypool) would each be a dependency for ~100 lines; what the build needs beyond
 * them is that no failure is silent: a task that runs past the limit, or whose worker crashes or
 * exits, fails with the task's label (the brief's file), and no task waits for a worker that
 * is gone. A worker holds at most 1 + `ahead` tasks, never the whole queue.
 */
export class WorkerPool<In, Out> {
  readonly #options: PoolOptions;
  readonly #queue: Task<In, Out>[] = [];
  /** Every worker started, with the tasks it holds in the order given: the first is the one it runs. */
  readonly #held = new Map<Worker, Task<In, Out>[]>();
  /** The limit of each worker's running task, once the worker is ready. */
  readonly #timers = new Map<Worker, NodeJS.Timeout>();
  /** Workers not yet ready, with the timer of their start. */
  readonly #starting = new Map<Worker, NodeJS.Timeout>();
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
    const what = this.#options.what;
    const waiting = this.#queue.splice(0);
    for (const timer of [...this.#starting.values(), ...this.#timers.values()]) clearTimeout(timer);
    this.#starting.clear();
    this.#timers.clear();
    const workers = [...this.#held.keys()];
    for (const [, [running, ...held] = []] of this.#held) {
      running?.reject(new Error(`${running.label}: the ${what} pool closed while this task ran`));
      waiting.push(...held);
    }
    this.#held.clear();
    for (const task of waiting) task.reject(new Error(`${task.label}: the ${what} pool closed before this task ran`));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #next(): void {
    while (this.#queue.length > 0) {
      const worker = this.#pick();
      if (!worker) return;
      const task = this.#queue.shift()!;
      const held = this.#held.get(worker)!;
      held.push(task);
      // A worker still starting keeps its tasks waiting in its port; the first one's time starts when it is ready.
      if (held.length === 1 && !this.#starting.has(worker)) this.#limit(worker);
      worker.ref();
      worker.postMessage(task.input);
    }
  }

  /**
   * The worker for the next task: an idle one; else a new one, while fewer than `size` have
   * started and a backlog waits (a worker takes a moment to start, as it loads the whole pipeline,
   * so a build of a few briefs starts one, not every core's); else the least busy that has room.
   */
  #pick(): Worker | undefined {
    let least: Worker | undefined;
    for (const [worker, held] of this.#held) if (!least || held.length < this.#held.get(least)!.length) least = worker;
    const load = least ? this.#held.get(least)!.length : Infinity;
    if (load === 0) return least;
    if (this.#held.size < this.#options.size && (this.#held.size === 0 || this.#queue.length > BACKLOG)) return this.#spawn();
    return load <= (this.#options.ahead ?? 0) ? least : undefined;
  }

  /** Starts the limit of the task a ready worker runs. */
  #limit(worker: Worker): void {
    this.#timers.set(
      worker,
      setTimeout(() => this.#fail(worker, `did not finish within ${this.#options.timeoutSeconds} s (BRIEFING_RENDER_TIMEOUT); the text is probably pathological: look for very long lines, deep nesting or long runs of one character`), this.#options.timeoutSeconds * 1000),
    );
  }

  /**
   * A new worker loads the whole pipeline (some 0.8 s, several on a busy machine) before its first
   * task: that does not count against the task's limit, which is for the text, but has one of its own.
   */
  #spawn(): Worker {
    const worker = this.#options.create();
    this.#held.set(worker, []);
    const seconds = this.#options.startupSeconds ?? 60;
    this.#starting.set(worker, setTimeout(() => this.#fail(worker, `its ${this.#options.what} worker did not start within ${seconds} s`), seconds * 1000));
    worker.on('message', (reply: WorkerReply<Out> | typeof WORKER_READY) => {
      const held = this.#held.get(worker);
      if (!held) return;
      if (reply === WORKER_READY) {
        clearTimeout(this.#starting.get(worker));
        this.#starting.delete(worker);
        if (held.length > 0) this.#limit(worker);
        return;
      }
      // Answers come in the order the tasks were given: this one is the running task's.
      const running = held.shift();
      if (!running) return;
      clearTimeout(this.#timers.get(worker));
      this.#timers.delete(worker);
      if (held.length > 0) this.#limit(worker);
      // An idle pool never keeps the process alive: a caller that stops using it may forget to close it.
      else worker.unref();
      if (reply.ok) running.resolve(reply.value);
      else running.reject(reviveError(reply.error));
      this.#next();
    });
    worker.on('error', (error) => this.#fail(worker, `its ${this.#options.what} worker crashed: ${error.message}`));
    worker.on('exit', (code) => this.#fail(worker, `its ${this.#options.what} worker exited (code ${code})`));
    return worker;
  }

  /**
   * A worker is lost: the task it ran fails by name, those it held but had not started go back
   * to the front of the queue, and a new worker takes the queue.
   */
  #fail(worker: Worker, why: string): void {
    const held = this.#held.get(worker);
    if (!held) return;
    this.#held.delete(worker);
    clearTimeout(this.#starting.get(worker));
    this.#starting.delete(worker);
    clearTimeout(this.#timers.get(worker));
    this.#timers.delete(worker);
    worker.removeAllListeners('message');
    worker.removeAllListeners('exit');
    // A stopped worker may still report an error; it no longer holds a task.
    worker.removeAllListeners('error');
    worker.on('error', () => {});
    void worker.terminate();
    const [running, ...unstarted] = held;
    this.#queue.unshift(...unstarted);
    if (running) running.reject(new Error(`${running.label}: ${this.#options.what} ${why.startsWith('its') ? `failed: ${why}` : why}`));
    if (!this.#closed) this.#next();
  }
}

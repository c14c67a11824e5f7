import { Worker } from 'node:worker_threads';
import { outputFile } from '../lib/page-reading.ts';
import { workerEnv } from '../lib/worker-env.ts';
import type { PageSink } from '../lib/page-sink.ts';
import { reviveError } from '../lib/worker-pool.ts';
import type { SiteReading } from './read-site.ts';
import type { SiteReaderReply, SiteReaderRequest, SiteReaderWorkerData } from './site-reader-worker.ts';

/** Pages handed over and not yet read; rendering waits beyond it, so a slow reader never piles an archive's pages up in memory. */
const IN_FLIGHT = 128;

/**
 * The build's checks and search index on a worker thread (src/integrations/site-reader-worker.ts),
 * fed each page as Astro renders it (src/middleware.ts through `add`). Astro renders on one
 * thread; this keeps the second core busy during rendering with work that used to follow it.
 * A failure in the worker (a page Pagefind refuses, a crash) fails the build: the next page's
 * `add` and `finish` reject with it.
 */
export class SiteReaderThread implements Pick<PageSink, 'add'> {
  readonly #worker: Worker;
  readonly #base: string;
  #inFlight = 0;
  readonly #waiting: (() => void)[] = [];
  #failure: Error | undefined;
  #pending: { type: SiteReplyType; resolve: (reply: SiteReaderReply) => void; reject: (error: Error) => void } | undefined;
  readonly #onPart: (() => void) | undefined;

  /** `onPart` is called when the worker starts writing a full part of the search index (Pagefind's peak). */
  constructor(data: SiteReaderWorkerData, onPart?: () => void) {
    this.#base = data.base;
    this.#onPart = onPart;
    // What it keeps is small (some 60 MB at 5,000 briefs: ids and distinct link targets); V8 lets a
    // heap grow to four times what it keeps when its limit is 2 GB or more, and less below.
    this.#worker = new Worker(new URL('./site-reader-worker.ts', import.meta.url), { workerData: data, env: workerEnv(), resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    this.#worker.on('message', (reply: SiteReaderReply) => this.#receive(reply));
    this.#worker.on('error', (error) => this.#fail(new Error(`the build's page reader crashed: ${error.message}`)));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the build's page reader stopped (exit ${code})`)));
    this.#hold();
  }

  async add(pathname: string, page: Uint8Array): Promise<void> {
    if (this.#failure) throw this.#failure;
    const file = outputFile(pathname, this.#base);
    // A copy, moved to the worker rather than cloned: the page itself is still Astro's to write.
    const bytes = page.slice();
    this.#worker.postMessage({ type: 'page', file, bytes } satisfies SiteReaderRequest, [bytes.buffer]);
    this.#inFlight++;
    this.#hold();
    while (this.#inFlight >= IN_FLIGHT && !this.#failure) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    if (this.#failure) throw this.#failure;
  }

  /** Every page read (those not handed over are read from the output folder) and every link checked. */
  async finish(): Promise<SiteReading> {
    const reply = await this.#ask('finish', { type: 'finish' });
    return (reply as { reading: SiteReading }).reading;
  }

  /** Writes the search index into the output folder; returns how many pages, and parts, it holds. */
  async write(): Promise<{ pages: number; parts: number }> {
    const reply = await this.#ask('write', { type: 'write' });
    return (reply as { indexed: { pages: number; parts: number } }).indexed;
  }

  async close(): Promise<void> {
    if (!this.#failure) await this.#ask('close', { type: 'close' }).catch(() => undefined);
    this.#failure ??= new Error("the build's page reader is closed");
    await this.#worker.terminate();
  }

  #send(request: SiteReaderRequest): void {
    this.#worker.postMessage(request);
  }

  async #ask(type: SiteReplyType, request: SiteReaderRequest): Promise<SiteReaderReply> {
    if (this.#failure) throw this.#failure;
    try {
      return await new Promise<SiteReaderReply>((resolve, reject) => {
        this.#pending = { type, resolve, reject };
        this.#hold();
        this.#send(request);
      });
    } finally {
      this.#hold();
    }
  }

  /**
   * The worker holds the process only while work is outstanding, pages or a question: a process
   * whose event loop is empty exits, with status 0, mid-build (a 20,000-brief build did, when the
   * last pages' answers came after the question that ends the build), and a failed build's
   * process is never kept alive by it.
   */
  #hold(): void {
    if (!this.#failure && (this.#inFlight > 0 || this.#pending)) this.#worker.ref();
    else this.#worker.unref();
  }

  #receive(reply: SiteReaderReply): void {
    if ('error' in reply && reply.error) {
      const error = reviveError(reply.error);
      this.#fail(reply.type === 'page' ? Object.assign(error, { message: `${reply.file}: ${error.message}` }) : error);
      return;
    }
    if (reply.type === 'part') {
      this.#onPart?.();
      return;
    }
    if (reply.type === 'page') {
      this.#inFlight--;
      this.#hold();
      this.#waiting.shift()?.();
      return;
    }
    if (this.#pending?.type === reply.type) {
      const { resolve } = this.#pending;
      this.#pending = undefined;
      resolve(reply);
    }
  }

  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    this.#hold();
    for (const wake of this.#waiting.splice(0)) wake();
    this.#pending?.reject(error);
    this.#pending = undefined;
  }
}

type SiteReplyType = SiteReaderReply['type'];

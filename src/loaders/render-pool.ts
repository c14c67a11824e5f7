import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { MarkdownHeading } from 'astro';

/** What a render returns: the HTML and what the pipeline learnt about it. */
export interface Rendered {
  html: string;
  metadata?: { headings?: MarkdownHeading[]; frontmatter?: Record<string, unknown> };
}

interface Reply {
  job: number;
  html?: string;
  headings?: MarkdownHeading[];
  frontmatter?: Record<string, unknown>;
  error?: string;
}

/**
 * Renders briefs on worker threads, one per core: rendering is CPU-bound and briefs are
 * independent, so 5,000 of them take a fraction of the time on one thread.
 */
export function createRenderPool(base: string, size = availableParallelism()) {
  const script = new URL('src/loaders/render-worker.ts', pathToFileURL(`${process.cwd()}/`));
  const pending = new Map<number, { resolve: (r: Rendered) => void; reject: (e: Error) => void }>();
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(script, { workerData: { base }, env: process.env });
    worker.on('message', (reply: Reply) => {
      const waiting = pending.get(reply.job);
      pending.delete(reply.job);
      if (reply.error !== undefined) waiting?.reject(new Error(reply.error));
      else waiting?.resolve({ html: reply.html!, metadata: { headings: reply.headings ?? [], frontmatter: reply.frontmatter ?? {} } });
    });
    worker.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    return worker;
  });
  let next = 0;
  return {
    render(text: string, url: URL): Promise<Rendered> {
      const job = next++;
      return new Promise((resolve, reject) => {
        pending.set(job, { resolve, reject });
        workers[job % workers.length]!.postMessage({ job, text, url: url.href });
      });
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  };
}

import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { serializeError, type SerializedError } from '../lib/worker-pool.ts';
import { SiteReader, type SiteReading } from './read-site.ts';
import { releaseMemory } from './release-memory.ts';
import { SearchIndex } from './search-index.ts';

export interface SiteReaderWorkerData {
  base: string;
  origin: string;
  /** The folder the build writes the site into: full parts of the search index go there as they fill. */
  outDir: string;
  searchPartPages: number;
  /** Pages written into parts between two hand-backs of garbage (src/integrations/search-index.ts); RELEASE_PAGES unless given. */
  releasePages?: number;
}

/** What the build's main thread asks of this worker, in order: pages, then finish, then write or close. */
export type SiteReaderRequest = { type: 'page'; file: string; bytes: Uint8Array } | { type: 'finish' } | { type: 'write' } | { type: 'close' };

export type SiteReaderReply =
  | { type: 'page'; file: string; error?: SerializedError }
  | { type: 'finish'; reading?: SiteReading; error?: SerializedError }
  | { type: 'write'; indexed?: { pages: number; parts: number }; error?: SerializedError }
  | { type: 'close' }
  /** A part of the search index is being written, and its garbage is to go back: Pagefind's process is at its peak. */
  | { type: 'part' };

// The build's checks and search index (src/integrations/site-reader.ts), on a thread of their
// own so they run on the core that Astro's rendering leaves idle, and their garbage is collected
// in a heap of their own.
const { base, origin, outDir, searchPartPages, releasePages } = workerData as SiteReaderWorkerData;
// Rendering comes first: on Linux a thread's priority is its own, and Pagefind's process, started
// from here, inherits it, so the two take only the CPU that rendering leaves.
setPriority(10);
const post = (reply: SiteReaderReply) => parentPort!.postMessage(reply);
const decoder = new TextDecoder();
const index = await SearchIndex.create(
  outDir,
  searchPartPages,
  () => {
    // Pagefind's process is about to peak beside the build's: both threads' garbage goes back first.
    releaseMemory();
    post({ type: 'part' });
  },
  releasePages,
);
// Dropped once it has finished: its ids and links are not needed for writing the index.
let reader: SiteReader | undefined = new SiteReader(base, origin, index);
// The index, written once every page is in it, while this thread checks the links: Pagefind
// writes in its own process. A build whose checks fail publishes nothing, index included.
let writing: Promise<{ pages: number; parts: number }> | undefined;

function open(): SiteReader {
  if (!reader) throw new Error("the build's page reader has already finished reading the site");
  return reader;
}

/** Does one request's work and posts the reply with what it returned, or with the error it threw. */
async function answer(reply: { type: SiteReaderReply['type']; file?: string }, work: () => Promise<object | void>): Promise<void> {
  try {
    post({ ...reply, ...(await work()) } as SiteReaderReply);
  } catch (error) {
    // A page the search index refused while later pages were read names itself (SearchIndex.add).
    const file = (error as { file?: unknown }).file;
    post({ ...reply, ...(typeof file === 'string' ? { file } : {}), error: serializeError(error) } as SiteReaderReply);
  }
}

parentPort!.on('message', async (request: SiteReaderRequest) => {
  switch (request.type) {
    case 'page':
      await answer({ type: 'page', file: request.file }, () => open().add(request.file, decoder.decode(request.bytes)));
      break;
    case 'finish':
      await answer({ type: 'finish' }, async () => {
        const reading = await open().finish(outDir, () => {
          // Reading is over, and Pagefind's process is about to peak: this thread's garbage goes back first.
          releaseMemory();
          writing = index.write();
          writing.catch(() => undefined);
        });
        reader = undefined;
        return { reading };
      });
      break;
    case 'write':
      await answer({ type: 'write' }, async () => {
        if (!writing) throw new Error('the search index is written once the site has been read: finish comes before write');
        return { indexed: await writing };
      });
      break;
    case 'close':
      await index.close();
      post({ type: 'close' });
      break;
  }
});

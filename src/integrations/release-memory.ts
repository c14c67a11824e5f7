import { getHeapStatistics } from 'node:v8';

/**
 * Heaps smaller than these are left as they are, by a hand-back and by the guard below: what they
 * could give back is small beside the second each collection costs (three of them, 1 s in all, in
 * a build of 1,000 briefs, whose main heap never passed 470 MB and whose page reader's stayed near
 * 200 MB). A hand-back, which comes before Pagefind's peaks, keeps the lower floor: an archive's
 * page reader holds less than the build's main thread, and what it keeps adds to the peak.
 */
const RELEASE_FLOOR = 256 * 2 ** 20;
const GUARD_FLOOR = 768 * 2 ** 20;

/**
 * Hands the garbage of a finished phase back to the system. V8 keeps a heap it has grown and
 * returns the memory only once the process has been idle for a while, which a build never is:
 * after rendering 5,000 briefs the Astro process holds about 2.9 GB, of which 0.4 GB is live, and
 * Pagefind's own process then peaks beside it. A last-resort collection compacts the heap and
 * releases its free pages at once (about a second), once the heap has passed RELEASE_FLOOR. It needs
 * `--expose-gc`, which `npm run build` and the bench give; a build run without it only keeps the
 * memory longer.
 */
export function releaseMemory(): void {
  if (getHeapStatistics().total_heap_size < RELEASE_FLOOR) return;
  globalThis.gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/** Steps (pages rendered, briefs compiled) between two looks at the heap. */
const EVERY = 250;
/** Growth beyond twice what the heap held after the last release that calls for another. */
const SLACK = 256 * 2 ** 20;

/**
 * Keeps the heap near what a long phase of the build really holds. V8 lets a heap grow to four
 * times its live data before it collects in earnest, and compiling or rendering an archive makes
 * garbage fast: the process held 2.9 GB at the end of rendering 5,000 briefs, 0.4 GB of it live.
 * Every EVERY steps, if the heap has grown past twice what it held after the last release (and
 * SLACK), it is released: a second or so each time, a few times per 5,000 briefs.
 */
export class HeapGuard {
  #steps = 0;
  #kept = getHeapStatistics().used_heap_size;

  step(): void {
    if (!globalThis.gc || ++this.#steps % EVERY !== 0) return;
    const { total_heap_size: total } = getHeapStatistics();
    if (total <= 2 * this.#kept + SLACK || total < GUARD_FLOOR) return;
    releaseMemory();
    this.#kept = getHeapStatistics().used_heap_size;
  }
}

/**
 * Whether this thread's heap is large enough (past GUARD_FLOOR) that holding its garbage while
 * Pagefind writes adds to the build's peak: an archive's. A smaller one can go back beside the
 * work that follows, not before it.
 */
export function heapIsLarge(): boolean {
  return getHeapStatistics().total_heap_size >= GUARD_FLOOR;
}

import { readFileSync } from 'node:fs';
import { inputProblems } from '../lib/input-limits.ts';

type Compile<Result> = (file: string, code: string) => Promise<Result>;

/**
 * At most this many briefs are compiled ahead (some 40 MB of results): about what the idle core
 * compiles while Astro loads 20,000 briefs, and a bound on the work if no bundler ever asks (a
 * test runner that loads the config as for a build).
 */
const AHEAD_LIMIT = 2000;

/**
 * Compiles outstanding at once: no more than the pool's first worker holds (compile-pool.ts), so
 * one worker works and the other core stays with Astro, and enough that the worker goes on while
 * Astro's thread, busy for up to a tenth of a second at a time, has yet to send the next.
 */
export const OUTSTANDING = 4;

/**
 * Briefs compiled before the bundler asks for them. Between the build's start and the bundler's
 * first request, Astro loads the content and collects the routes, and the bundler reads its
 * entries, on one thread (some 5 s at 1,000 briefs, 30 s at 20,000), while the other core idles:
 * the compile pool's first worker takes the briefs in that time. None starts once `stop` is
 * called (when the bundler first asks for a brief, or ends) or AHEAD_LIMIT have: what is held is
 * what that time compiled, never all of an archive. A result is used only for the text it was
 * compiled from; a compile that failed gives its error when asked for, as compiling again would.
 */
export class CompileAhead<Result> {
  readonly #results = new Map<string, { code: string; result: Promise<Result> }>();
  #open = true;

  /** Compiles `files` in order, OUTSTANDING at a time, until stopped or AHEAD_LIMIT are compiled. */
  async start(files: readonly string[], compile: Compile<Result>): Promise<void> {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (this.#open && next < Math.min(files.length, AHEAD_LIMIT)) {
        const file = files[next++]!;
        // Read at once, as the loader reads them: a trip through libuv's pool costs more than the reading.
        let code: string | undefined;
        try {
          code = readFileSync(file, 'utf8');
        } catch {
          // The loader reports a file it cannot read.
        }
        // The loader refuses a text beyond the input limits, with its reasons, before any compile.
        if (code === undefined || inputProblems(code).length > 0 || !this.#open) continue;
        const result = compile(file, code);
        this.#results.set(file, { code, result });
        // Its error, if any, is the taker's to report.
        await result.catch(() => undefined);
      }
    };
    await Promise.all(Array.from({ length: OUTSTANDING }, lane));
  }

  /** No compile starts after this; those already done or running stay to be taken. */
  stop(): void {
    this.#open = false;
  }

  /**
   * The compile of `file` done (or running) ahead, if there was one from the same text (`code`,
   * when the bundler gives it): its result, or its error, which is the one compiling again would give.
   */
  take(file: string, code?: string): Promise<Result> | undefined {
    const compiled = this.#results.get(file);
    if (!compiled) return undefined;
    this.#results.delete(file);
    return code === undefined || compiled.code === code ? compiled.result : undefined;
  }
}

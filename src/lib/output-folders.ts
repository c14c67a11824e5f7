import { basename, dirname } from 'node:path';

/**
 * The folders a build of the output folder `final` writes beside it: its staging folder and the
 * last good site set aside during the swap, named by process. Hidden, and so never named like the
 * project: Astro takes an output folder whose path starts with the working directory's for one
 * inside it (a string test), so a staging folder "site-out.staging-1" beside a project "site"
 * got the build's server chunks, which then found no node_modules to import from.
 */
export function besideOutput(final: string, kind: 'staging' | 'old', pid: number): string {
  return `${dirname(final)}/.${basename(final)}.${kind}-${pid}`;
}

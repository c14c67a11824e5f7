import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { besideOutput } from './output-folders.ts';

/** What the bench, the tests and builds write inside the project: folders, and the staging folders of a build's output. */
const FOLDERS = ['bench-out', '.test-out', 'test-results', 'dist'];

/**
 * Whether the dev server's watcher leaves a path alone: what the bench, the tests and builds
 * write in the project at `root` (a benchmark's 20,000 generated briefs would take the watcher
 * minutes to scan). Only this project's own folders: a copy of the project inside .test-out (a
 * test's) watches its files. Paths, not globs, which would read a folder named like
 * "briefs [old]" as a pattern.
 */
export function unwatched(root: URL): (path: string) => boolean {
  const folders = FOLDERS.map((name) => fileURLToPath(new URL(name, root)));
  // Any process's staging folder of ./dist: the name up to its process id.
  const staging = besideOutput(fileURLToPath(new URL('dist', root)), 'staging', 0).slice(0, -1);
  return (path) => path.startsWith(staging) || folders.some((folder) => path === folder || path.startsWith(`${folder}${sep}`));
}

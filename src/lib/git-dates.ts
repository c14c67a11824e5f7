import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface FileDates {
  /** ISO day of the first commit that holds the file. */
  first: string;
  /** ISO day of the latest commit that changed it. */
  last: string;
}

/** Reads `git log --format=@<day> --name-only` output: newest commit first. */
export function parseGitLog(log: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  let day = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) day = line.slice(1);
    else if (line) {
      const known = dates.get(line);
      dates.set(line, { first: day, last: known?.last ?? day });
    }
  }
  return dates;
}

/**
 * When each file under `dir` was first and last committed, from one `git log` pass (one process
 * for any number of briefs), keyed by its path from `root` (Astro's config.root), as an entry's
 * `filePath` gives it. Git runs in the root, not the working directory, so `astro build --root
 * DIR` from elsewhere reads the project's own history. Empty outside a git checkout; uncommitted
 * files have no entry.
 */
export function gitFileDates(root: URL, dir: URL): Map<string, FileDates> {
  try {
    const log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--relative', '--', fileURLToPath(dir)], {
      cwd: fileURLToPath(root),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
    return parseGitLog(log);
  } catch {
    return new Map();
  }
}

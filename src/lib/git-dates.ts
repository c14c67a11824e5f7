import { execFileSync } from 'node:child_process';

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
 * for any number of briefs). Empty outside a git checkout; uncommitted files have no entry.
 */
export function gitFileDates(dir: string): Map<string, FileDates> {
  try {
    const log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
    return parseGitLog(log);
  } catch {
    return new Map();
  }
}

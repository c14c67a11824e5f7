import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The content folder: ./content, or BRIEFING_CONTENT (the benchmark builds synthetic briefs elsewhere). */
export function contentRoot(env: Record<string, string | undefined> = process.env): URL {
  const dir = env['BRIEFING_CONTENT'] ?? 'content';
  return pathToFileURL(`${isAbsolute(dir) ? dir : resolve(process.cwd(), dir)}/`);
}

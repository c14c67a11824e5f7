import type { VFile } from 'vfile';
import { working } from '../lib/watchdog.ts';

/**
 * The site's own plugins only touch briefs, never other Markdown or MDX Astro may render. A brief
 * is an `.mdx` file directly in a `briefs/` content folder; the folder itself is resolved by the
 * loader from config.root, so this check needs no path of its own. Every plugin asks first,
 * so it also tells the render watchdog which file is being worked on.
 */
export function isBrief(file: VFile): boolean {
  const path = file.history[0] ?? file.path ?? '';
  working(path);
  return isBriefPath(path);
}

/** Whether a module or file path is a brief's (see isBrief). */
export function isBriefPath(path: string): boolean {
  return /\/briefs\/[^/]+\.mdx$/.test(path.replaceAll('\\', '/'));
}

import type { VFile } from 'vfile';

/**
 * The site's own plugins only touch briefs, never other Markdown or MDX Astro may render. A brief
 * is an `.mdx` file directly in a `briefs/` content folder; the folder itself is resolved by the
 * loader from config.root, so this check needs no path of its own.
 */
export function isBrief(file: VFile): boolean {
  return isBriefPath(file.history[0] ?? file.path ?? '');
}

/** Whether a module or file path is a brief's (see isBrief). */
export function isBriefPath(path: string): boolean {
  return /\/briefs\/[^/]+\.mdx$/.test(path.replaceAll('\\', '/'));
}

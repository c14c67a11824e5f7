import type { VFile } from 'vfile';

/** The site's own plugins only touch briefs, never other Markdown Astro may render. */
export function isBrief(file: VFile): boolean {
  return /[\\/]content[\\/]briefs[\\/][^\\/]+\.mdx$/.test(file.history[0] ?? file.path ?? '');
}

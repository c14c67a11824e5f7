import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { contentRoot } from '../lib/content-root.ts';

const briefsDir = fileURLToPath(new URL('briefs/', contentRoot()));

/** The site's own plugins only touch briefs, never other Markdown Astro may render. */
export function isBrief(file: VFile): boolean {
  const path = file.history[0] ?? file.path ?? '';
  return path.startsWith(briefsDir) && path.endsWith('.mdx');
}

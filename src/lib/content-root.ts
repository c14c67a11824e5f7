/**
 * The content folder, resolved from the project root (Astro's `config.root`), never from the
 * working directory: `content/`, or BRIEFING_CONTENT (the benchmark and the fixture tests build
 * other content), relative to the root unless absolute.
 */
export function contentRoot(root: URL, env: Record<string, string | undefined> = process.env): URL {
  const dir = env['BRIEFING_CONTENT'] ?? 'content';
  return new URL(dir.endsWith('/') ? dir : `${dir}/`, root);
}

/** The briefs folder of a project, from Astro's `config.root`. */
export function briefsDir(root: URL, env: Record<string, string | undefined> = process.env): URL {
  return new URL('briefs/', contentRoot(root, env));
}

/** The project root of code run from the repository itself (scripts, tests): two folders above this file. */
export const projectRoot = new URL('../../', import.meta.url);

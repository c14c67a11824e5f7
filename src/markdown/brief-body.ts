import { readFileSync } from 'node:fs';

/** The folder of the brief bodies in a cache folder (Astro's config.cacheDir). */
export function bodiesDir(cacheDir: URL): URL {
  return new URL('briefing-bodies/', cacheDir);
}

let last: { key: string; parts: string[] } | undefined;

/**
 * Part `index` of a brief's static HTML, which its compile wrote to `<key>.json`
 * (src/plugins/recma-external-body.ts). A brief's parts are read together when it renders and
 * only the last brief's are kept, so an archive's text is never all in memory. The read is
 * synchronous because Astro's JSX runtime takes `set:html` as a value, not a promise.
 */
export function briefBody(key: string, index: number): string {
  // The compile's keys are hashes (recma-external-body.ts): any other would read another file ("../").
  if (!/^[0-9a-f]{32}$/.test(key)) throw new Error(`"${String(key).slice(0, 40)}" is no key of a brief's text in the build's cache`);
  if (last?.key !== key) {
    const file = new URL(`${key}.json`, import.meta.env.BRIEFING_BODIES);
    try {
      last = { key, parts: JSON.parse(readFileSync(file, 'utf8')) as string[] };
    } catch (error) {
      throw new Error(`A brief's text is missing from the build's cache (${file.pathname}): its compile did not write it, or the cache was cleared while it ran. Build again. ${(error as Error).message}`);
    }
  }
  const part = last.parts[index];
  if (part === undefined) throw new Error(`A brief's text in the build's cache (${key}.json) has no part ${index}: build again.`);
  return part;
}

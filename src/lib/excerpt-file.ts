/** A brief's excerpts: entity key ("countries/japan") to section id to the sentence there that first mentions it. */
export type Excerpts = Record<string, Record<string, string>>;

/**
 * The excerpts file of a brief, in the build's cache: one line per entity, its key, a tab and
 * its sections' sentences as JSON. An entity page needs one entity's lines out of 25 briefs'
 * files, so it reads just that line (excerptsOf) instead of parsing the whole file: with JSON
 * for the lot, an archive's entity pages parsed every brief's excerpts some fifteen times over.
 */
export function formatExcerpts(excerpts: Excerpts): string {
  return Object.entries(excerpts)
    .map(([key, sections]) => `${key}\t${JSON.stringify(sections)}\n`)
    .join('');
}

/** One entity's excerpts from a file formatExcerpts wrote, or none when the brief does not mention it. */
export function excerptsOf(file: string, key: string): Record<string, string> {
  const prefix = `${key}\t`;
  let start = 0;
  if (!file.startsWith(prefix)) {
    const at = file.indexOf(`\n${prefix}`);
    if (at === -1) return {};
    start = at + 1;
  }
  const end = file.indexOf('\n', start);
  return JSON.parse(file.slice(start + prefix.length, end === -1 ? undefined : end)) as Record<string, string>;
}

/**
 * Where an archive's search index keeps its parts (src/integrations/search-index.ts), shared by the
 * build that writes them, the dev server and the search page that merges them.
 */

/** The list of parts, in the main index's folder (pagefind/): folders relative to it, as JSON. */
export const PARTS_FILE = 'parts.json';

/** The folder of part `n` (from 1), relative to the main index's folder. */
export const partFolder = (n: number): string => `parts/${n}/`;

/** Searchable pages per part unless SEARCH_PART_PAGES says otherwise. */
export const DEFAULT_PART_PAGES = 2500;

/** The folders listed in parts.json, checked: only part folders, so the page never merges anything else. */
export function readParts(json: unknown): string[] {
  // A folder is a part's if partFolder gives it back from its number: one format, in one place.
  const isPart = (p: unknown) => {
    const n = typeof p === 'string' ? Number.parseInt(p.replace(/^\D+/, ''), 10) : NaN;
    return Number.isSafeInteger(n) && n >= 1 && partFolder(n) === p;
  };
  if (!Array.isArray(json) || !json.every(isPart)) {
    throw new Error(`the search index's ${PARTS_FILE} is not a list of part folders`);
  }
  return json as string[];
}

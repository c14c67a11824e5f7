/**
 * Where an archive's search index keeps its parts (src/integrations/search-index.ts), shared by the
 * build that writes them, the dev server and the search page that merges them.
 */
import { formatDate, parsePartialDate } from './dates.ts';

/** The list of parts, in the main index's folder (pagefind/), as JSON. */
export const PARTS_FILE = 'parts.json';

/** The folder of part `n` (from 1), relative to the main index's folder. */
export const partFolder = (n: number): string => `parts/${n}/`;

/**
 * Dated pages (briefs) per part unless SEARCH_PART_PAGES says otherwise. A search for a common
 * word loads the newest part that holds it, at some 43 bytes a brief for each word of the query
 * (the positions of the word in every brief that holds it).
 */
export const DEFAULT_PART_PAGES = 500;

/** The dated pages (briefs) an index holds: how many, and the range of their dates ("2025-03"). */
export interface Coverage {
  pages: number;
  newest?: string;
  oldest?: string;
}

export interface Part extends Coverage {
  folder: string;
  /** The id, in the main index's search results, of the directory's record of this part's words. */
  key: string;
}

/**
 * What parts.json holds: the main index's dated pages (it holds every undated one, the pages
 * about entities and the glossary, and the directory of the parts' words), then the parts,
 * newest briefs first.
 */
export interface PartsFile {
  main: Coverage;
  parts: Part[];
}

/**
 * Widens a coverage by one dated page. Dates are compared as written ("2025" < "2025-03" <
 * "2025-03-14"), which orders them as compareDates (src/lib/dates.ts) does.
 */
export function cover(coverage: Coverage, date: string): Coverage {
  return {
    pages: coverage.pages + 1,
    newest: coverage.newest === undefined || date > coverage.newest ? date : coverage.newest,
    oldest: coverage.oldest === undefined || date < coverage.oldest ? date : coverage.oldest,
  };
}

/** The coverage of several indexes together. */
export function combine(coverages: Coverage[]): Coverage {
  const dated = coverages.filter((c) => c.pages > 0);
  const newest = dated.map((c) => c.newest!).sort().at(-1);
  const oldest = dated.map((c) => c.oldest!).sort()[0];
  return { pages: coverages.reduce((n, c) => n + c.pages, 0), ...(newest ? { newest, oldest } : {}) };
}

/**
 * What a search has looked through, said for the reader, while older parts that hold the words
 * it looks for (`remaining`) are left: the last part it searched is the oldest of those it has.
 * Undefined once nothing it could find is left out.
 */
export function coverageNote(last: Coverage | undefined, remaining: number): string | undefined {
  if (remaining === 0) return undefined;
  const back = last?.oldest ? parsePartialDate(last.oldest) : undefined;
  return `Searched the newest briefs${back ? `, back to ${formatDate(back)}` : ''}: older briefs hold more matches.`;
}

/** parts.json, checked: only part folders, so the page never merges anything else, and dates as briefs write them. */
export function readParts(json: unknown): PartsFile {
  // A folder is a part's if partFolder gives it back from its number: one format, in one place.
  const isFolder = (p: unknown) => {
    const n = typeof p === 'string' ? Number.parseInt(p.replace(/^\D+/, ''), 10) : NaN;
    return Number.isSafeInteger(n) && n >= 1 && partFolder(n) === p;
  };
  const isDate = (d: unknown) => typeof d === 'string' && parsePartialDate(d) !== undefined;
  const isCoverage = (c: unknown): c is Coverage => {
    if (typeof c !== 'object' || c === null) return false;
    const { pages, newest, oldest } = c as Record<string, unknown>;
    if (!Number.isSafeInteger(pages) || (pages as number) < 0) return false;
    return pages === 0 ? newest === undefined && oldest === undefined : isDate(newest) && isDate(oldest);
  };
  const file = json as PartsFile | null;
  const valid =
    typeof file === 'object' &&
    file !== null &&
    isCoverage(file.main) &&
    Array.isArray(file.parts) &&
    file.parts.every((p) => isCoverage(p) && p.pages > 0 && isFolder(p.folder) && typeof p.key === 'string' && /^\w+$/.test(p.key));
  if (!valid) throw new Error(`the search index's ${PARTS_FILE} is not a list of part folders with the briefs each holds`);
  return file;
}

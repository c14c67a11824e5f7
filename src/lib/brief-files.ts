/** What a name in `content/briefs/` is: a brief, a file ignored by a documented rule, or a refusal. */
export type BriefFile = { kind: 'brief'; id: string } | { kind: 'ignored'; rule: string } | { kind: 'refused'; message: string };

/** The one id rule, for brief files, sections and entities: lowercase words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Editors' and tools' companions of a file: hidden files (.foo.mdx.swp, .#foo.mdx, .DS_Store),
// backups (foo.mdx~, foo.mdx.bak, foo.mdx.orig) and Office lock files (~$foo).
const IGNORED: [RegExp, string][] = [
  [/^\./, 'hidden file'],
  [/^~\$/, 'lock file'],
  [/(?:~|\.bak|\.orig|\.swp|\.tmp)$/i, 'backup or temporary file'],
];

/**
 * Classifies one entry of the briefs folder. The loader and `npm run check` both use it, so
 * they agree on which files are briefs. Near misses (`.md`, `.MDX`, a folder) are refused by
 * name rather than silently left out. `taken`, the folder's other names: a name the fix would
 * give is never one that another file has (following the advice would overwrite it).
 */
export function classifyBriefFile(name: string, isDirectory: boolean, taken: ReadonlySet<string> = new Set()): BriefFile {
  for (const [pattern, rule] of IGNORED) if (pattern.test(name)) return { kind: 'ignored', rule };
  if (isDirectory) return { kind: 'refused', message: 'is a folder; briefs are single .mdx files directly in content/briefs/' };
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const suggested = `${toId(stem) || 'kallas-asia-security'}.mdx`;
  const isTaken = suggested !== name && taken.has(suggested);
  const takenNote = `"${suggested}" is another brief's file: if this is a copy of it, delete this one; otherwise give it an id of its own`;
  if (ext !== 'mdx') {
    const hint = !/^(?:mdx|md|markdown)$/i.test(ext) ? 'only .mdx briefs belong in content/briefs/; move it elsewhere' : isTaken ? takenNote : `rename it to "${suggested}"`;
    return { kind: 'refused', message: `is not a brief (briefs end in lowercase ".mdx"): ${hint}` };
  }
  if (!ID_PATTERN.test(stem)) {
    const hint = isTaken ? takenNote : `name the file in lowercase words joined by hyphens, e.g. "${suggested}"`;
    return { kind: 'refused', message: `file name: "${stem}" is not a brief id; ${hint}` };
  }
  return { kind: 'brief', id: stem };
}

// Latin letters that Unicode does not split into a base letter and an accent, as ASCII spells them.
const LATIN_LETTERS: Record<string, string> = { ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ħ: 'h', Ħ: 'h' };
const LATIN_LETTER = new RegExp(`[${Object.keys(LATIN_LETTERS).join('')}]`, 'g');

/** Turns a title or name in Latin letters into an id that follows ID_PATTERN ("Q&A: EU - Asia" → "q-a-eu-asia", "Łódź" → "lodz", "the EU’s deal" → "the-eus-deal"). */
export function toId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // An apostrophe inside a word keeps the word whole, as URL slugs do: "EU’s" is "eus", not "eu-s".
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    .replace(LATIN_LETTER, (letter) => LATIN_LETTERS[letter]!)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The letters of a title that an id cannot hold (those of scripts other than Latin): made without
 * them, "日本とEU" would become the id "eu", which no longer names the brief.
 */
export function lettersOutsideIds(text: string): string[] {
  return [...new Set(text.match(/(?!\p{Script=Latin})\p{L}/gu) ?? [])];
}

/** The briefs found in the folder that have no page in the built site (a render lost on the way). */
export function unbuiltBriefs(ids: readonly string[], files: ReadonlySet<string>): string[] {
  return ids.filter((id) => !files.has(`briefs/${id}/index.html`));
}

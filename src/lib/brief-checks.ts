import { slug } from 'github-slugger';
import { authorError } from './author-error.ts';

/** What check, the build and the page say of an expression in the text that gives undefined (src/lib/run-expressions.ts, src/plugins/remark-expression-lines.ts). */
export const GAVE_NOTHING = 'this expression gives nothing (undefined), so the page would show nothing where it stands';

export interface Heading {
  depth: number;
  text: string;
  /** An explicit id written as `## Heading [#id]`; otherwise the slug of the text. */
  id?: string;
  /** The line of the file it is on, where known. */
  line?: number;
}

export interface Problem {
  /** The frontmatter field or part of the file, e.g. "events[2].section" or "body". */
  field: string;
  message: string;
  /** The line of the file it is on, where known. */
  line?: number;
}

interface SectionRefs {
  events?: { section?: unknown }[];
  figures?: { section?: unknown }[];
  routes?: { section?: unknown }[];
  formerIds?: Record<string, unknown>;
  furniture?: unknown[];
}

/** The longest a ## or ### heading may be, in characters. */
export const MAX_HEADING = 120;

/**
 * Checks what the frontmatter schema cannot see: the body and the section ids it defines.
 * Shared by the Markdown pipeline (which stops the build) and `npm run check`. `fieldLine` gives
 * the line of a frontmatter field by its dotted path ("events.0.section"), where known.
 */
export function sectionProblems(frontmatter: SectionRefs, headings: readonly Heading[], bodyText: string, fieldLine: (path: string) => number | undefined = () => undefined): Problem[] {
  const at = (path: string) => {
    const line = fieldLine(path);
    return line ? { line } : {};
  };
  const problems: Problem[] = [];
  if (bodyText.trim() === '') {
    return [{ field: 'body', message: 'the brief has no text: write its sections under ## headings' }];
  }
  const sections = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (!sections.some((h) => h.depth === 2)) {
    problems.push({ field: 'body', message: 'the brief has no ## section: every brief is divided into ## sections' });
  }
  for (const heading of headings) {
    // A heading is its section's name and, slugged, its address: a paragraph's worth of words
    // would make an address no one can paste (a title is held to 120 characters too).
    if (heading.depth > 1 && heading.text.trim().length > MAX_HEADING) {
      problems.push({
        field: 'body',
        message: `a heading of ${heading.text.trim().length} characters: keep headings to ${MAX_HEADING}, since each names its section's address; put the rest in the section's text`,
        ...(heading.line ? { line: heading.line } : {}),
      });
    }
    if (heading.depth > 1 && !hasWords(heading.id ?? slug(heading.text))) {
      problems.push({
        field: 'body',
        message: `the heading "${heading.text.trim()}" has no words to make its address from: write it in words, or give it an id with ${'#'.repeat(heading.depth)} Heading [#its-id]`,
        ...(heading.line ? { line: heading.line } : {}),
      });
    } else if (heading.depth > 1 && heading.id === undefined && /^-|-$/.test(slug(heading.text))) {
      // An emoji or a mark at either end leaves a hyphen there ("-expanding-alliances"): an
      // address that looks broken when pasted, and that an event's section cannot name.
      problems.push({
        field: 'body',
        message: `the heading "${heading.text.trim()}" would make the address "${slug(heading.text)}", with a hyphen at one end: drop the emoji or mark at the heading's start or end, or give it an id with ${'#'.repeat(heading.depth)} Heading [#its-id]`,
        ...(heading.line ? { line: heading.line } : {}),
      });
    }
  }
  const byId = new Map<string, Heading[]>();
  for (const heading of sections) {
    const id = heading.id ?? slug(heading.text);
    if (!hasWords(id)) continue;
    byId.set(id, [...(byId.get(id) ?? []), heading]);
  }
  for (const [id, same] of byId) {
    if (same.length > 1) {
      const named = same.map((h) => `"${h.text}"${h.line ? ` on line ${h.line}` : ''}`);
      const later = same.at(-1)!.line;
      problems.push({
        field: 'body',
        message: `${same.length} headings (${named.join(', ')}) give the same section id "${id}": reword one so each section has its own address`,
        ...(later ? { line: later } : {}),
      });
    }
  }
  const ids = [...byId.keys()];
  const known = `sections of this brief: ${ids.join(', ') || '(none)'}`;
  for (const listName of ['events', 'figures', 'routes'] as const) {
    (frontmatter[listName] ?? []).forEach((entry, index) => {
      if (typeof entry?.section === 'string' && !byId.has(entry.section)) {
        problems.push({
          field: `${listName}[${index}].section`,
          message: `"${entry.section}" is not a section of this brief; ${known}`,
          ...at(`${listName}.${index}.section`),
        });
      }
    });
  }
  (Array.isArray(frontmatter.furniture) ? frontmatter.furniture : []).forEach((id, index) => {
    if (typeof id === 'string' && !byId.has(id)) problems.push({ field: `furniture[${index}]`, message: `"${id}" is not a section of this brief; ${known}`, ...at(`furniture.${index}`) });
  });
  for (const [current, former] of Object.entries(frontmatter.formerIds ?? {})) {
    if (!byId.has(current)) {
      problems.push({ field: `formerIds.${current}`, message: `"${current}" is not a section of this brief; ${known}`, ...at(`formerIds.${current}`) });
    }
    (Array.isArray(former) ? former : []).forEach((old, index) => {
      if (byId.has(String(old))) {
        problems.push({ field: `formerIds.${current}`, message: `"${old}" is still a section id of this brief, so it cannot be a former id`, ...at(`formerIds.${current}.${index}`) });
      }
    });
  }
  return problems;
}

/** An emoji, punctuation or nothing at all slugs to "" or "-": an address no one can read or link. */
function hasWords(id: string): boolean {
  return /[\p{L}\p{N}]/u.test(id);
}

export function formatProblems(file: string, problems: readonly Problem[]): string {
  return problems.map((p) => `${file}: ${p.field}${p.line ? ` (line ${p.line})` : ''}: ${p.message}`).join('\n');
}

/**
 * What a compile throws for a brief's problems, as check reads it back (compileProblems in
 * src/lib/validate-brief.ts): "Invalid brief", then one problem a line; `line`, the earliest in
 * the file, is where Astro's log and error overlay point.
 */
export function invalidBrief(file: string, problems: readonly Problem[]): Error & { line?: number } {
  const lines = problems.flatMap(({ line }) => (line ? [line] : []));
  const line = lines.length > 0 ? Math.min(...lines) : undefined;
  const error = new Error(`Invalid brief\n${formatProblems(file, problems)}`);
  return Object.assign(authorError(error), line ? { line } : {});
}

/**
 * Briefs whose titles a reader could not tell apart (the same words, whatever the case, spacing
 * or punctuation: "… with Asia." is "… with Asia"): for each, the ids of the others, in name order. Lists, search results and feeds show
 * a brief by its title, and an exact copy of a brief under a new file name shows up here.
 */
export function sameTitles(briefs: Iterable<{ id: string; title: string }>): Map<string, string[]> {
  const byTitle = new Map<string, string[]>();
  for (const { id, title } of briefs) {
    const key = title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
    byTitle.set(key, [...(byTitle.get(key) ?? []), id]);
  }
  const others = new Map<string, string[]>();
  for (const ids of byTitle.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) others.set(id, ids.filter((other) => other !== id).sort());
  }
  return others;
}

/** What check and build say of a brief whose title others share (sameTitles). */
export function sameTitleProblem(others: readonly string[], line?: number): Problem {
  const files = others.map((id) => `${id}.mdx`).join(', ');
  return {
    field: 'title',
    message: `the same title as ${files}: a reader could not tell them apart in lists, search and feeds; if one is a copy of the other, delete it, otherwise give each a title of its own`,
    ...(line ? { line } : {}),
  };
}

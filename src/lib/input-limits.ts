/**
 * Limits on a brief's text, checked before it is parsed: Markdown parsers are fast on prose but
 * slow (or recursive) on pathological input, and a build must fail fast, naming the line,
 * rather than hang. Real briefs stay far below every limit. A file that is not UTF-8 is refused
 * here too, before its text is published with replacement characters in it.
 */
export const LIMITS = { bytes: 1_000_000, lineLength: 10_000, nesting: 20, markerRun: 100, elementDepth: 100 } as const;

/**
 * The most a built page may weigh: a brief's text is held to 1 MB, and its page, links and all, to
 * four times that. Only code can make more, and check runs no expression that needs what the
 * brief imports (`{imported.repeat(…)}` made a page of 5 MB): the build stops on such a page.
 */
export const MAX_PAGE_BYTES = 4_000_000;

/** Why a built page is refused for its weight, or undefined. */
export function pageSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_PAGE_BYTES) return undefined;
  return `the page weighs ${(bytes / 1e6).toFixed(1)} MB, more than the ${MAX_PAGE_BYTES / 1e6} MB a page of the site may: an {expression} writes too much (check runs only those that need nothing the brief imports); write the text out, or compute less`;
}

export interface InputProblem {
  line: number;
  message: string;
}

export function inputProblems(text: string): InputProblem[] {
  const problems: InputProblem[] = [];
  if (text.length > LIMITS.bytes) problems.push({ line: 1, message: `the file has ${text.length.toLocaleString('en')} characters; a brief may have at most ${LIMITS.bytes.toLocaleString('en')}` });
  const lines = text.split('\n');
  // Elements open across lines: MDX parses them recursively, and 12,000 nested <em> took check
  // 27 s to a stack overflow. Counted roughly (an open tag not closed on its line, a close tag),
  // which real briefs, whose elements close where they open or a few lines on, never come near.
  let open = 0;
  let deepest = 0;
  for (let i = 0; i < lines.length && problems.length < 10; i++) {
    const line = lines[i]!;
    if (line.length > LIMITS.lineLength) {
      problems.push({ line: i + 1, message: `the line has ${line.length.toLocaleString('en')} characters; break it into paragraphs (at most ${LIMITS.lineLength.toLocaleString('en')} per line)` });
      continue;
    }
    // Block nesting: quote markers and list indentation, each level a ">" or two spaces.
    const prefix = /^[\s>*+\-\d.)]*/.exec(line)![0];
    const depth = (prefix.match(/>/g)?.length ?? 0) + Math.floor((/^ */.exec(prefix)![0].length) / 2);
    if (depth > LIMITS.nesting) problems.push({ line: i + 1, message: `nesting ${depth} levels deep; a brief nests at most ${LIMITS.nesting} levels of quotes and lists` });
    const run = /([*_~`<>[\]{}])\1{99,}/.exec(line);
    if (run) problems.push({ line: i + 1, message: `a run of ${run[0].length} "${run[1]}" characters; write at most ${LIMITS.markerRun - 1} in a row` });
    // Text read as UTF-8 has U+FFFD where the bytes were not UTF-8 (a file saved as Latin-1).
    if (line.includes('\uFFFD')) problems.push({ line: i + 1, message: 'bytes that are not UTF-8 (they would show as "\uFFFD"): save the file as UTF-8' });
    const tags = line.match(/<[A-Za-z]/g)?.length ?? 0;
    if (tags > 200) problems.push({ line: i + 1, message: `${tags} elements opened on one line; a brief's elements nest at most a few levels` });
    open = Math.max(0, open + (line.match(/<[A-Za-z][^<>]*(?<!\/)>/g)?.length ?? 0) - (line.match(/<\/[A-Za-z]/g)?.length ?? 0));
    if (open > LIMITS.elementDepth && deepest <= LIMITS.elementDepth) problems.push({ line: i + 1, message: `elements nested more than ${LIMITS.elementDepth} deep here; close them where they end` });
    deepest = Math.max(deepest, open);
  }
  return problems;
}

import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';

/** A YAML text read with what it takes to point at a line: errors and the values' positions. */
export interface YamlText {
  /** The value, as `yaml.parse` gives it. */
  data: unknown;
  /** The first syntax error, with its line, if any. */
  error: { line: number; message: string } | undefined;
  /** The line of the value at a path (the nearest enclosing one that exists: a missing field points at its object). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Reads YAML keeping positions, so a problem found in its data can name its line. */
export function readYaml(text: string, lineOffset = 0): YamlText {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length; length >= 0; length--) {
      const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return {
    data: first ? undefined : doc.toJS(),
    error: first ? { line: lineCounter.linePos(first.pos[0]).line + lineOffset, message: first.message.split('\n')[0]! } : undefined,
    lineOf,
  };
}

/**
 * The first line, up to `until`, whose value opens a quote that the line does not close. YAML
 * lets a quoted text run over several lines, so an unclosed quote is read on until a line breaks
 * the structure, and the parser reports that later line ("a multiline key may not be an implicit
 * key"); the line that opened the quote is almost always the author's mistake.
 */
export function unclosedQuote(text: string, until: number): number | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(until, lines.length); i++) {
    // A value after "key:" or "- ", or a list item, that starts with a quote.
    const open = /^\s*(?:-\s+)?(?:[^\s:"'#][^:"'#]*:\s+)?(["'])(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, quote, rest] = open;
    // A double quote is closed by one not escaped; a single quote by one not doubled.
    const closed = quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest!) : rest!.replace(/''/g, '').includes("'");
    if (!closed) return i + 1;
  }
  return undefined;
}

/** What check and build say of a YAML syntax error at `line` of a brief's file (its frontmatter's lines are the file's). */
export function yamlSyntaxProblem(fileText: string, line: number, reason: string): { line: number; message: string } {
  const quote = unclosedQuote(fileText, line);
  if (quote !== undefined) {
    return { line: quote, message: `not valid YAML: this line opens a quote it does not close; end the text with the same quote on this line (the parser read on to line ${line}: ${reason})` };
  }
  const key = colonInText(fileText.split('\n')[line - 1] ?? '');
  if (key !== undefined) return { line, message: `not valid YAML: the text of "${key}" holds ": ", which YAML reads as the start of another key; put the whole text in quotes (${reason})` };
  // js-yaml (a brief's frontmatter) and yaml (the registry) say it each their way.
  const twice = /^duplicated mapping key|^Map keys must be unique/.test(reason) ? givenBefore(fileText, line) : undefined;
  if (twice) return { line, message: `not valid YAML: "${twice.key}" is given twice, on line ${twice.line} and on this one: keep one (${reason})` };
  if (/non-printable characters/.test(reason)) return { line, message: `not valid YAML: this line holds a control character (an escape, a backspace) that no page can show: delete it (${reason})` };
  // js-yaml names the tab; yaml reports what the tab made of the line ("Unexpected scalar at node end").
  if (/^tab characters must not be used in indentation/.test(reason) || /^ *\t/.test(fileText.split('\n')[line - 1] ?? '')) return { line, message: `not valid YAML: this line is indented with a tab, and YAML indents with spaces only: indent it with spaces (${reason})` };
  return { line, message: `not valid YAML: ${reason}` };
}

/**
 * The key given on `line` of a YAML text and the line where the same mapping gave it first: the
 * parser's "duplicated mapping key" names neither.
 */
export function givenBefore(text: string, line: number): { key: string; line: number } | undefined {
  const lines = text.split('\n');
  const keyOf = (l: string) => /^( *)([^\s:"'#-][^:"'#]*?):(?:\s|$)/.exec(l);
  const given = keyOf(lines[line - 1] ?? '');
  if (!given) return undefined;
  const [, indent, key] = given;
  for (let i = line - 2; i >= 0; i--) {
    const l = lines[i]!;
    if (/^\s*(?:#.*)?$/.test(l)) continue;
    // Back to the mapping's parent (a shallower line, or the frontmatter's start): not given before.
    if (l.length - l.trimStart().length < indent!.length || l.trimEnd() === '---') return undefined;
    const earlier = keyOf(l);
    if (earlier && earlier[1] === indent && earlier[2] === key) return { key: key!, line: i + 1 };
  }
  return undefined;
}

/**
 * The key of a line whose unquoted text holds ": " (`title: Kallas: the EU must act`), which
 * YAML cannot read: the usual cause of "bad indentation of a mapping entry" in a brief.
 */
export function colonInText(line: string): string | undefined {
  return /^\s*(?:-\s+)?([^\s:"'#-][^:"'#]*):\s+[^\s"'[{|>&*!#%@`][^#]*?:(?:\s|$)/.exec(line)?.[1];
}

/**
 * A frontmatter opened by "---" on the first line and never closed: the parser reads the whole
 * file as the brief's text, and every field is then reported missing ("title: missing"), which
 * sends the author to the wrong place.
 */
export function unclosedFrontmatter(fileText: string): { line: number; message: string }[] {
  const lines = fileText.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---' || lines.slice(1).some((line) => line.trimEnd() === '---')) return [];
  return [{ line: 1, message: 'the frontmatter opened on this line is never closed: add a line "---" after its last field, before the brief\'s text' }];
}

/**
 * Lines of a brief's frontmatter that look like a new list item ("- …") but that YAML reads as
 * more of the text above them, because they are indented deeper than it: a key point slips into
 * the one before it, and the list is one shorter with no error. Found on the lines, confirmed by
 * the parser (a value's text that runs over such a line), so a quoted or block text is left alone.
 */
export function foldedItems(fileText: string): { line: number; message: string }[] {
  // The frontmatter's lines only: a brief's text is ten times as long.
  const close = /\n---[^\S\n]*(?:\n|$)/.exec(fileText);
  if (!close) return [];
  const lines = fileText.slice(0, close.index).split('\n');
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return [];
  const end = lines.length;
  const indent = (line: string) => line.length - line.trimStart().length;
  const candidates: number[] = [];
  let previous = '';
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    // Deeper than a line that does not open a block of its own ("key:", "- ", "|", ">").
    if (/^\s+- \S/.test(line) && indent(line) > indent(previous) && !/(?::|^\s*-|[|>][+-]?)\s*$/.test(previous)) candidates.push(i + 1);
    previous = line;
  }
  if (candidates.length === 0) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) return [];
  const folded = new Set<number>();
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || !node.range) return;
      // The frontmatter's line n is the file's line n + 1.
      const [from, to] = [lineCounter.linePos(node.range[0]).line + 1, lineCounter.linePos(Math.max(node.range[0], node.range[1] - 1)).line + 1];
      for (const line of candidates) if (line > from && line <= to) folded.add(line);
    },
  });
  return [...folded].map((line) => ({ line, message: 'this "- " line is indented deeper than the line above it, so YAML reads it as more of that text, not as a new item: put its dash under the dash of the item above' }));
}

import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

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

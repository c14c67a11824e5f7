import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readYaml } from './yaml-lines.ts';

/**
 * Astro's schema error for a content entry ("**source.published**: message" per problem) with
 * each problem's line in the file added, and the error's location set to the first: the content
 * layer reports line 0, since it keeps no raw frontmatter. `npm run check` gives the same lines.
 * A message in any other form is returned unchanged.
 */
export function withFrontmatterLines(message: string, fileText: string): { message: string; line: number | undefined } {
  const lineOf = frontmatterLines(fileText);
  if (!lineOf) return { message, line: undefined };
  const lined = withLines(message, lineOf);
  const reported = [...lined.message.matchAll(/^\s*\*\*([^*.\n]+)\*\*(?: \(line \d+\))?: /gm)].map((m) => m[1]!);
  const stray = strayFrontmatterEnd(fileText, reported);
  if (!stray) return lined;
  // Before the fields it explains, as one of the schema's problems.
  const first = /^(\s*)\*\*[^*\n]+\*\*(?: \(line \d+\))?: /m.exec(lined.message)!;
  const problem = `${first[1]}**frontmatter** (line ${stray.line}): ${stray.message}\n`;
  return { message: lined.message.slice(0, first.index) + problem + lined.message.slice(first.index), line: stray.line };
}

/**
 * A `---` line that closes the frontmatter before its fields end: the fields after it are read as
 * the brief's text, and each is reported missing, at the top of the file. Found when a field the
 * schema reported (`reported`, top-level names) is not in the frontmatter and starts a line of
 * the text before its first heading; the problem is given at the stray line, for check and build
 * alike.
 */
export function strayFrontmatterEnd(fileText: string, reported: readonly string[]): { line: number; message: string } | undefined {
  const text = fileText.replace(/^\uFEFF/, '');
  let frontmatter: Record<string, unknown>;
  try {
    ({ frontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }));
  } catch {
    return undefined;
  }
  const missing = reported.filter((key) => !Object.hasOwn(frontmatter, key));
  if (missing.length === 0) return undefined;
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close === -1) return undefined;
  const keys: string[] = [];
  for (const line of lines.slice(close + 1)) {
    if (/^#{1,6}\s/.test(line)) break;
    const key = /^([A-Za-z][\w-]*):(?:\s|$)/.exec(line)?.[1];
    if (key && missing.includes(key)) keys.push(key);
  }
  if (keys.length === 0) return undefined;
  const named = keys.map((key) => `"${key}:"`);
  const list = named.length > 3 ? `${named.slice(0, 3).join(', ')} and ${named.length - 3} more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0]!;
  return {
    line: close + 1,
    message: `this "---" ends the frontmatter early, so ${list} below it ${keys.length === 1 ? 'is' : 'are'} read as the brief's text, not as fields: remove this line (only the frontmatter's last line is "---")`,
  };
}

/**
 * The same for an entry read from a YAML file of its own (content/retired.yaml): the entry's data
 * is the file's under `under` ("briefs"), so "briefs.0.reason" is the file's "0.reason".
 */
export function withYamlLines(message: string, yamlText: string, under: string): { message: string; line: number | undefined } {
  const yaml = readYaml(yamlText);
  const prefix = `${under}.`;
  return withLines(message, (path) => (path.startsWith(prefix) ? yaml.lineOf(dotted(path.slice(prefix.length))) : undefined));
}

/** What check and build say of a required field that is not there. */
export const MISSING_FIELD = 'missing: add it to the frontmatter (docs/authoring.md shows every field)';

function withLines(message: string, lineOf: (path: string) => number | undefined): { message: string; line: number | undefined } {
  let first: number | undefined;
  // Astro repeats the path ("**title**: **title**: Required") and says "Required" of a missing field.
  const plain = message
    .replace(/^(\s*\*\*[^*\n]*\*\*: )\*\*[^*\n]*\*\*: /gm, '$1')
    .replace(/^(\s*\*\*[^*\n]+\*\*: )Required$/gm, `$1${MISSING_FIELD}`)
    // An unknown key is reported at the object that holds it ("****" at the top): name the key.
    .replace(/^(\s*\*\*)([^*\n]*)(\*\*: unknown key "([^"\n]+)")/gm, (_whole, open: string, path: string, rest: string, key: string) => `${open}${path ? `${path}.` : ''}${key}${rest}`);
  const out = plain.replace(/^(\s*\*\*)([^*\n]+)(\*\*): /gm, (whole, open: string, path: string, close: string) => {
    const line = lineOf(path);
    if (line === undefined) return whole;
    first ??= line;
    return `${open}${path}${close} (line ${line}): `;
  });
  return { message: out, line: first };
}

/**
 * The line in a brief's file of a frontmatter field, by its dotted path ("topics.0"), read with
 * the parser @astrojs/mdx uses; undefined when the frontmatter is not valid YAML.
 */
export function frontmatterLines(fileText: string): ((path: string) => number | undefined) | undefined {
  let rawFrontmatter: string;
  try {
    ({ rawFrontmatter } = parseFrontmatter(fileText.replace(/^\uFEFF/, ''), { frontmatter: 'empty-with-spaces' }));
  } catch {
    return undefined;
  }
  // The frontmatter starts after the opening --- line: its line n is the file's line n.
  const yaml = readYaml(rawFrontmatter);
  return (path) => yaml.lineOf(dotted(path));
}

/** A dotted path ("topics.0") as YAML keys and indexes. */
function dotted(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * What the MDX compiler's syntax errors mean for prose, where authors meet them: a "<" or "{"
 * written as a character, an import run into the text after it, a tag left open. The compiler
 * says what it expected; the hint says what to write.
 */
const HINTS: readonly (readonly [RegExp, string | ((match: RegExpExecArray) => string)])[] = [
  // "<!--" stops at the "!": an HTML comment, which MDX does not have.
  [/Unexpected character `!` \(U\+0021\) before name/, 'an HTML comment (<!-- … -->) is not MDX: write a comment as {/* … */}'],
  [/before name, expected a character that can start a name/, 'a "<" in the text starts a tag in MDX: to write the character itself, write \\< (or "less than")'],
  [/expected a corresponding closing brace for `\{`|Could not parse expression with acorn/, 'a "{" in the text starts an expression in MDX: to write braces themselves, write \\{ and \\}'],
  [/Could not parse import\/exports with acorn/, 'an import or export runs on to the next blank line: put a blank line after it, before the text'],
  // A component (<Callout>) holds blocks, closed on a line of its own; an HTML tag (<em>) holds words.
  [/Expected a closing tag for `<(\p{Lu}[\w.]*)[^>]*>`/u, ([, name]) => `close the component with </${name}> on a line of its own after what it holds, or end it with /> when it holds nothing`],
  [/Expected a closing tag for `<[^>]*>`/, 'close the tag within its paragraph (<em>…</em>), or end it with /> when it holds nothing'],
];

/** The line an MDX compiler error is at: its own, or the first place its message gives ("(92:1-92:40)"). */
export function mdxErrorLine(error: { line?: number | undefined; message: string }): number | undefined {
  if (error.line !== undefined) return error.line;
  const at = /^(\d+):\d+/.exec(error.message) ?? /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(error.message);
  return at ? Number(at[1]) : undefined;
}

/** The compiler's message with what to write appended, when it is one of those errors. */
export function withMdxHint(message: string): string {
  for (const [pattern, hint] of HINTS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const text = typeof hint === 'string' ? hint : hint(match);
    return message.includes(text) ? message : `${message}; ${text}`;
  }
  return message;
}

/**
 * What the MDX compiler's syntax errors mean for prose, where authors meet them: a "<" or "{"
 * written as a character, an import run into the text after it, a tag left open. The compiler
 * says what it expected; the hint says what to write.
 */
const HINTS: readonly (readonly [RegExp, string])[] = [
  [/before name, expected a character that can start a name/, 'a "<" in the text starts a tag in MDX: to write the character itself, write \\< (or "less than")'],
  [/expected a corresponding closing brace for `\{`|Could not parse expression with acorn/, 'a "{" in the text starts an expression in MDX: to write braces themselves, write \\{ and \\}'],
  [/Could not parse import\/exports with acorn/, 'an import or export runs on to the next blank line: put a blank line after it, before the text'],
  [/Expected a closing tag for `<[^>]*>`/, 'close the tag within its paragraph (<em>…</em>), or end it with /> when it holds nothing'],
];

/** The compiler's message with what to write appended, when it is one of those errors. */
export function withMdxHint(message: string): string {
  const hint = HINTS.find(([pattern]) => pattern.test(message))?.[1];
  return hint && !message.includes(hint) ? `${message}; ${hint}` : message;
}

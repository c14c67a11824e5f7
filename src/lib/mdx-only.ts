/** MDX-only syntax: ESM imports/exports, JSX components and `{expressions}`, outside code. */
const MDX_ONLY = /^(?:import|export)\s|<[A-Z][\w.]*[\s/>]|(?<!\\)\{/m;

/**
 * Finds syntax that only MDX understands in a brief's body. Briefs are rendered as Markdown (see
 * src/loaders/brief-loader.ts), so such syntax would not render; it is reported with its line.
 * `lineOffset` is the number of lines before the body (the frontmatter).
 */
export function findMdxOnlySyntax(body: string, lineOffset = 0): { text: string; line: number } | undefined {
  // Blank out code (fenced and inline), keeping line breaks so line numbers stay right.
  const withoutCode = body.replace(/```[\s\S]*?```|`[^`\n]*`/g, (code) => code.replace(/[^\n]/g, ' '));
  const match = MDX_ONLY.exec(withoutCode);
  if (!match) return undefined;
  return { text: match[0].trim(), line: withoutCode.slice(0, match.index).split('\n').length + lineOffset };
}

export function mdxOnlyMessage(found: { text: string }): string {
  return `"${found.text}" is MDX-only syntax (an import, a component or a {expression}); briefs are rendered as Markdown: write it as Markdown, or escape the brace as \\{`;
}

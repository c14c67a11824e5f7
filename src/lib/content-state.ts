/** A content error, and the text of the file it was met in. */
export interface ContentError {
  error: Error;
  text: string;
}

/** What the dev server needs to know of the content layer, which tells integrations nothing. */
export interface ContentState {
  /**
   * The content errors the briefs' loader met, by file (as an entry's `filePath` gives it), with
   * the file's text then: an error stands while the file is as it was (Astro's loader skips a
   * file whose text it already holds, so a file put back as it was never loads again). In dev,
   * Astro logs a brief that no longer matches its schema and keeps serving the entry as it was;
   * the dev server shows these errors in the browser instead (src/integrations/dev-server.ts).
   */
  errors: Map<string, ContentError>;
  /** How many times the briefs' loader has run: Astro's refreshContent() returns without a word when it cannot sync yet. */
  loads: number;
}

/**
 * The content layer's state, shared by the briefs' loader and the dev server, each loaded by a
 * module runner of its own: it lives on globalThis.
 */
export function contentState(): ContentState {
  const shared = globalThis as { [KEY]?: ContentState };
  return (shared[KEY] ??= { errors: new Map(), loads: 0 });
}

const KEY = Symbol.for('briefing.content-state');

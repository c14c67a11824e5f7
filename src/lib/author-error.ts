/**
 * An error in the content, the author's to fix at the file and line it names. Its stack is its
 * message: a trace into the code that found it, which Astro prints beside it, reads as a crash.
 */
export function authorError<E extends Error>(error: E): E {
  error.stack = error.message;
  return error;
}

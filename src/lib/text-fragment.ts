/**
 * A link that opens a page scrolled to and highlighting a passage (URL text fragments,
 * https://wicg.github.io/scroll-to-text-fragment/). Dashes, commas and ampersands in the words
 * are syntax there, so they are percent-encoded along with everything encodeURIComponent covers.
 */
export function textFragmentUrl(url: string, words: string): string {
  const encoded = encodeURIComponent(words.trim().replace(/\s+/g, ' ')).replace(/-/g, '%2D');
  return `${url.split('#')[0]}#:~:text=${encoded}`;
}

/**
 * Elements whose text a reader takes as separate from the next element's, but which Pagefind
 * joins to it with no space (measured on Pagefind 1.6: a <dt> and its <dd>, table headers, a
 * figure's caption, a <summary>, a <header> and what follows…). Astro writes pages without the
 * white space between tags, so "Original title" and the title after it became one word,
 * "titlethe", in the index and in result excerpts.
 */
const SEPARATE = ['address', 'article', 'aside', 'blockquote', 'button', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'label', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul'];
const EDGE = new RegExp(`</(?:${SEPARATE.join('|')})>|<(?:${SEPARATE.join('|')})(?=[\\s/>])`, 'gi');

/**
 * A built page as Pagefind is given it: the same HTML with a space at each edge of an element whose
 * text stands apart, so no two words of the page run together in the search index.
 * Only the copy handed to Pagefind changes; the published page is untouched. Hand-written: Pagefind
 * has no option for it, and a space between tags never changes a page's text otherwise.
 */
export function searchableHtml(html: string): string {
  return html.replace(EDGE, (tag) => (tag.startsWith('</') ? `${tag} ` : ` ${tag}`));
}

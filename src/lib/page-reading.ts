import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';
import { fileForPath } from './link-check.ts';

/** What the checks and the search index need from one built page. */
export interface PageReading {
  ids: Set<string>;
  /** Ids used a second time on the page. */
  duplicateIds: string[];
  /** The href of every <a> and the src of every <img>, in order, repeats included: each must lead somewhere. */
  hrefs: string[];
  /** Whether the page has a part marked for search (data-pagefind-body). */
  searchable: boolean;
  /** The date a brief's search entry carries (data-pagefind-meta="date"); other pages have none. */
  date?: string;
  /** What a brief's text holds that runs code or leaves the page (see unsafeMarkup), described. */
  unsafe: string[];
}

/** Elements a brief's text never holds: they run code, load another page, or send the reader's input away. */
const UNSAFE_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'input', 'button', 'textarea', 'select', 'template', 'portal']);
/** Attributes holding an address. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'srcset']);

/**
 * What in an element of a brief's text runs code or leaves the page: an element of UNSAFE_ELEMENTS,
 * an event handler (`onclick`), `srcdoc`, or an address of a scheme that runs code. The checks
 * of a brief's MDX refuse all of it, but its code can make what no static check foresees (a
 * string object Astro prints unescaped, a tag name from a variable): this is what the page
 * itself holds, whatever made it. Undefined when there is nothing.
 */
export function unsafeMarkup(name: string, attributes: Readonly<Record<string, string>>): string | undefined {
  if (UNSAFE_ELEMENTS.has(name)) return `<${name}>`;
  for (const [key, value] of Object.entries(attributes)) {
    const attr = key.toLowerCase();
    if (attr.startsWith('on') || attr === 'srcdoc') return `<${name} ${attr}>`;
    // As browsers read a scheme: entities decoded, whitespace and control characters dropped, any case.
    if (ADDRESS_ATTRIBUTES.has(attr) && /^(?:javascript|vbscript|data):/i.test(decodeHTMLAttribute(value).replace(/[\u0000-\u0020]/g, ''))) return `<${name} ${attr}="${value.slice(0, 40)}">`;
  }
  return undefined;
}

/**
 * A copy of `text` that holds nothing else. htmlparser2 hands attribute values as slices of the
 * page's text, and V8 keeps a whole string alive for as long as any slice of it is: kept for the
 * link check, one id or href of each page held every page of the site in memory (0.8 GB at
 * 5,000 briefs).
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * An attribute's value as the browser reads it, detached (above). htmlparser2 leaves references
 * undecoded (the parser's `decodeEntities: false`), so the few values kept are decoded here with
 * the library htmlparser2 itself decodes with, in the same attribute mode.
 */
function attribute(value: string): string {
  return detached(decodeHTMLAttribute(value));
}

/**
 * Reads one page's ids, links and search mark in one streaming pass of htmlparser2; what it
 * returns holds no part of `html`. Character references are decoded only in what is kept: decoding
 * them all made the parser step through every text character by character instead of skipping to
 * the next tag, a third of the page reader's time (docs/performance.md).
 */
export function readPage(html: string): PageReading {
  const ids = new Set<string>();
  const duplicateIds: string[] = [];
  const hrefs: string[] = [];
  let searchable = false;
  let date: string | undefined;
  let inDate = false;
  // Inside the brief's text (its <section-links>, src/components/SectionLinks.astro), how deep.
  let text = 0;
  const unsafe: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'section-links') text++;
      else if (text > 0) {
        const found = unsafeMarkup(name, attributes);
        if (found) unsafe.push(detached(found));
      }
      if (attributes['data-pagefind-meta'] === 'date') {
        inDate = true;
        date = '';
      }
      const given = attributes['id'];
      const id = given === undefined ? undefined : attribute(given);
      if (id !== undefined && ids.has(id)) duplicateIds.push(id);
      if (id) ids.add(id);
      if (attributes['data-pagefind-body'] !== undefined) searchable = true;
      if (name === 'a' && attributes['href'] !== undefined) hrefs.push(attribute(attributes['href']));
      if (name === 'img' && attributes['src'] !== undefined) hrefs.push(attribute(attributes['src']));
    },
    ontext(text) {
      if (inDate) date += text;
    },
    onclosetag(name) {
      inDate = false;
      if (name === 'section-links') text--;
    },
  }, { decodeEntities: false });
  parser.end(html);
  return { ids, duplicateIds, hrefs, searchable, unsafe, ...(date ? { date: detached(decodeHTML(date).trim()) } : {}) };
}

/**
 * The output file of a page Astro renders at `pathname`, relative to the output folder, as Astro
 * names it for `build.format: 'directory'` (astro.config.mjs): "/briefs/x/" is
 * "briefs/x/index.html", and its status-code pages, "/404/" and "/500/", are "404.html" and
 * "500.html". `base` ends with a slash.
 */
export function outputFile(pathname: string, base: string): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
  const status = /^\/(404|500)\/?$/.exec(path);
  if (status) return `${status[1]}.html`;
  return fileForPath(path.endsWith('/') ? path : `${path}/`);
}

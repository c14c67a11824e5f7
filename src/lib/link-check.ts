export interface PageLinks {
  /** Every id on the page. */
  ids: ReadonlySet<string>;
  /** Every href of an <a> or <link rel=alternate|canonical>-like element on the page. */
  links: readonly string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
  /** How many other pages carry the same broken link (a broken link in a shared part repeats on every page). */
  alsoOn?: number;
}

/** The output file a site path is served from: "/briefs/x/" -> "briefs/x/index.html". */
export function fileForPath(path: string): string {
  const clean = decodeURI(path).replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

interface Target {
  /** The output file and fragment the link leads to, or why it is broken whatever the pages hold. */
  file: string;
  fragment: string;
  path: string;
  broken?: string;
  /** The first page and href that used it, and how many other pages did. */
  page: string;
  href: string;
  alsoOn: number;
}

/**
 * Checks internal links and fragments against the built pages. Hand-written: no maintained
 * link checker for Astro 7 checks fragments against the ids a page really has and names them.
 * Pages are added one at a time as they are read (`add`), and every link is resolved at once to
 * the output file and fragment it leads to; each distinct target is kept once, with the first
 * page that used it, so one pass over an archive holds its distinct targets, not every link of
 * every page. `check` then looks each target up in the ids of every page, keyed by output file
 * ("briefs/x/index.html"), and in the list of every output file.
 */
export class LinkLedger {
  readonly #targets = new Map<string, Target>();
  /**
   * The target's key, or null for a link that leaves the site or is not checked, of each href
   * that resolves the same on every page (a path from the root, a full address): most of a page's
   * links are the site's own navigation and entity links, and parsing each again as a URL was
   * most of the ledger's time.
   */
  readonly #resolved = new Map<string, string | null>();
  readonly #base: string;
  readonly #origin: string;
  /** Distinct links per page, summed: what the build reports as checked. */
  links = 0;

  constructor(base: string, origin: string) {
    this.#base = base;
    this.#origin = new URL(origin).origin;
  }

  /** Records the links of one page ("briefs/x/index.html"); a page's repeated links count once. */
  add(file: string, hrefs: Iterable<string>): void {
    const pageUrl = new URL(`${this.#base}${file.replace(/index\.html$/, '')}`, this.#origin);
    const seen = new Set<string>();
    for (const href of hrefs) {
      if (seen.has(href)) continue;
      seen.add(href);
      this.links++;
      const { key, url } = this.#resolve(href, pageUrl);
      if (key === null) continue;
      const known = this.#targets.get(key);
      if (known) {
        if (known.page !== `/${file}`) known.alsoOn++;
        continue;
      }
      // A target met for the first time was resolved just now, so its URL is at hand.
      const { pathname, hash } = url!;
      const outside = key.startsWith('outside ');
      this.#targets.set(key, {
        file: outside ? '' : fileForPath(pathname.slice(this.#base.length - 1)),
        fragment: decodeURIComponent(hash.slice(1)),
        path: pathname,
        ...(outside ? { broken: `outside the site's base path ${this.#base}` } : {}),
        page: `/${file}`,
        href,
        alsoOn: 0,
      });
    }
  }

  /**
   * The key of the target `href` leads to from `pageUrl`, or null for a link that leaves the site
   * or is never checked; with its URL when it was resolved now rather than remembered.
   */
  #resolve(href: string, pageUrl: URL): { key: string | null; url?: URL } {
    const remembered = this.#resolved.get(href);
    if (remembered !== undefined) return { key: remembered };
    if (/^(mailto|tel|javascript|data):/i.test(href)) {
      this.#resolved.set(href, null);
      return { key: null };
    }
    const url = new URL(href, pageUrl);
    let key: string | null = null;
    if (url.origin === this.#origin) key = url.pathname.startsWith(this.#base) ? `${url.pathname}#${url.hash.slice(1)}` : `outside ${url.pathname}`;
    // A path from the root or a full address means the same on every page; a fragment or a relative path does not.
    if (/^(?:\/(?!\/)|[a-z][a-z\d+.-]*:)/i.test(href)) this.#resolved.set(href, key);
    return { key, url };
  }

  /** Every broken target, with the first page that links to it, in page order. */
  check(ids: ReadonlyMap<string, ReadonlySet<string>>, files: ReadonlySet<string>): BrokenLink[] {
    const broken: BrokenLink[] = [];
    for (const target of this.#targets.values()) {
      const reason = target.broken ?? reasonBroken(target, ids, files);
      if (reason) broken.push({ page: target.page, href: target.href, reason, ...(target.alsoOn ? { alsoOn: target.alsoOn } : {}) });
    }
    return broken.sort((a, b) => a.page.localeCompare(b.page));
  }
}

function reasonBroken(target: Target, ids: ReadonlyMap<string, ReadonlySet<string>>, files: ReadonlySet<string>): string | undefined {
  const targetIds = ids.get(target.file);
  if (!targetIds && !files.has(target.file)) return `no page at ${target.path}`;
  if (target.fragment && targetIds && !targetIds.has(target.fragment)) {
    const known = [...targetIds].filter((id) => !/^(astro-|live-status$)/.test(id));
    return `no id "${target.fragment}" on ${target.path}; its ids are: ${known.join(', ') || '(none)'}`;
  }
  return undefined;
}

/** Every internal link of the given pages checked (see LinkLedger). */
export function checkLinks(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>, base: string, origin: string): BrokenLink[] {
  const ledger = new LinkLedger(base, origin);
  for (const [file, page] of pages) ledger.add(file, page.links);
  return ledger.check(new Map([...pages].map(([file, page]) => [file, page.ids])), files);
}

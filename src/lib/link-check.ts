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
}

/** The output file a site path is served from: "/briefs/x/" -> "briefs/x/index.html". */
export function fileForPath(path: string): string {
  const clean = decodeURI(path).replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/**
 * Checks internal links and fragments against the built pages. Hand-written: no maintained
 * link checker for Astro 7 checks fragments against the ids a page really has and names them.
 * `ids` holds the ids of every page, keyed by output file ("briefs/x/index.html"); `files` holds
 * every output file. The checker takes one page's links at a time, so a caller can read an
 * archive's pages one by one instead of holding every link of the site at once.
 */
export function linkChecker(ids: ReadonlyMap<string, ReadonlySet<string>>, files: ReadonlySet<string>, base: string, origin: string): (file: string, links: Iterable<string>) => BrokenLink[] {
  const siteOrigin = new URL(origin).origin;
  return (file, links) => {
    const broken: BrokenLink[] = [];
    const pageUrl = new URL(`${base}${file.replace(/index\.html$/, '')}`, origin);
    for (const href of links) {
      if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.origin !== siteOrigin) continue;
      const report = (reason: string) => broken.push({ page: `/${file}`, href, reason });
      if (!url.pathname.startsWith(base)) {
        report(`outside the site's base path ${base}`);
        continue;
      }
      const target = fileForPath(url.pathname.slice(base.length - 1));
      const targetIds = ids.get(target);
      if (!targetIds && !files.has(target)) {
        report(`no page at ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && targetIds && !targetIds.has(fragment)) {
        const known = [...targetIds].filter((id) => !/^(astro-|live-status$)/.test(id));
        report(`no id "${fragment}" on ${url.pathname}; its ids are: ${known.join(', ') || '(none)'}`);
      }
    }
    return broken;
  };
}

/** Every internal link of the given pages checked (see linkChecker). */
export function checkLinks(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>, base: string, origin: string): BrokenLink[] {
  const check = linkChecker(new Map([...pages].map(([file, page]) => [file, page.ids])), files, base, origin);
  return [...pages].flatMap(([file, page]) => check(file, page.links));
}

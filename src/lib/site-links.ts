import { ENTITY_KINDS, type EntityKind } from '../schemas/entity.ts';
import type { Problem } from './brief-checks.ts';
import { nearest } from './nearest.ts';
import { isPageId } from './page-ids.ts';

/** A site-relative link in a brief's body, as the compiler recorded it, with its line. */
export interface BodyLink {
  href: string;
  line: number | undefined;
}

/** What `npm run check` knows of the site the build would make, to check briefs' links against. */
export interface KnownSite {
  /** The site's base path, ending in "/" (recorded links carry it, as the build writes them). */
  base: string;
  /** Every brief's id and its section ids. */
  sections: ReadonlyMap<string, readonly string[]>;
  /** Briefs whose body did not compile, so their sections are not known. */
  uncompiled: ReadonlySet<string>;
  /** Withdrawn briefs (content/retired.yaml), whose pages say so. */
  withdrawn: ReadonlySet<string>;
  /** The entities with a page ("countries/japan"): those a brief tags or mentions. */
  entityPages: ReadonlySet<string>;
  /** The glossary's ids, each an anchor on its page. */
  glossary: ReadonlySet<string>;
  /** Whether a file exists in public/ at this path (without the leading "/"). */
  publicFile: (path: string) => boolean;
}

/** Pages of the site that exist whatever the briefs hold (src/pages). */
const FIXED_PAGES = [/^$/, /^glossary\/$/, /^search\/$/, /^timeline\/$/, /^(?:rss\.xml|briefs\.json|anchors\.json|robots\.txt|404\.html)$/];

/**
 * Why a brief may not link to a site address that holds other things as the archive grows (a
 * numbered page of a list), exists only while some brief makes it (a filtered timeline), or
 * points into a page whose ids are not the brief's sections or the glossary's entries.
 * The compiler refuses these (remark-brief-mdx), so check and build refuse them alike, whatever
 * the counts of the day.
 */
export function unstableAddress(href: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const path = href.replace(/[?#].*$/, '');
  if (/\/index\.html?$/i.test(path)) return `a page's address ends in "/": write ${path.replace(/index\.html?$/i, '')}${href.slice(path.length)}`;
  if (/^\/(?:page|timeline)\/\d+\/?$/.test(path) || new RegExp(`^/(?:${ENTITY_KINDS.join('|')})/[^/]+/\\d+/?$`).test(path)) {
    return 'a numbered page of a list holds other briefs as briefs are added: link the brief itself, or the first page of the list';
  }
  if (/^\/timeline\/[^/]+\/[^/]+/.test(path)) return "a filtered timeline exists only while briefs tell its events: link the entity's page, which leads to it";
  // Other pages' ids are the layout's (a heading, the map) or positions in a list ("event-3"),
  // which move as briefs are added: only a brief's sections and the glossary's entries stay put.
  if (/#./.test(href) && !/^\/(?:briefs\/[^/]+|glossary)\/?$/.test(path)) {
    return `only a brief's sections and the glossary's entries have anchors that stay put: link ${path} without "#${href.replace(/^[^#]*#/, '')}"`;
  }
  // On those pages too, the layout's ids ("cite-heading", "main") are not anchors to link: the
  // build's link check finds them on the page, so the compiler refuses them, as check does.
  const fragment = href.replace(/^[^#]*#?/, '');
  if (fragment && isPageId(fragment)) return `"#${fragment}" is part of the page's layout, not a section or an entry: link a section, or ${path} without it`;
  return undefined;
}

/**
 * Checks a brief's site-relative links against the site the build would make, so that check
 * refuses what the build's link check (src/lib/link-check.ts, on the built pages) would refuse:
 * a brief or section that does not exist, an entity without a page, a page without its final
 * "/", a file missing from public/. Fragments are checked on briefs' pages and the glossary,
 * whose ids check knows; the compiler refuses them on other pages (unstableAddress).
 */
export function siteLinkProblems(links: readonly BodyLink[], site: KnownSite): Problem[] {
  const problems: Problem[] = [];
  for (const { href, line } of links) {
    const message = linkProblem(href, site);
    if (!message) continue;
    // As the author wrote it: from the root, without the base path the build adds.
    const written = href.startsWith(site.base) ? `/${href.slice(site.base.length)}` : href;
    problems.push({ field: 'body', message: `link ${written}: ${message}`, ...(line ? { line } : {}) });
  }
  return problems;
}

function linkProblem(href: string, site: KnownSite): string | undefined {
  const url = new URL(href, 'http://site.invalid/');
  if (!url.pathname.startsWith(site.base)) return `outside the site's base path ${site.base}`;
  let path: string;
  let fragment: string;
  try {
    path = decodeURIComponent(url.pathname.slice(site.base.length));
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return 'not a valid address (a % not followed by two hex digits)';
  }
  const [first, second, third, ...rest] = path.split('/');

  if (first === 'briefs' && second) {
    const sections = site.withdrawn.has(second) ? [] : site.sections.get(second);
    // A brief whose file is there but refused: its own problem comes first.
    if (!sections && site.uncompiled.has(second)) return undefined;
    if (!sections) return `there is no brief "${second}"; nearest: ${nearest(second, [...site.sections.keys()]).join(', ')}`;
    if (third !== '' || rest.length > 0) return `a brief's page is ${site.base}briefs/${second}/`;
    if (fragment && !site.uncompiled.has(second) && !sections.includes(fragment)) return `brief "${second}" has no section "${fragment}"; ${sections.length > 0 ? `its sections: ${sections.join(', ')}` : 'it has none'}`;
    return undefined;
  }
  if ((ENTITY_KINDS as readonly string[]).includes(first!)) {
    const kind = first as EntityKind;
    if (second === undefined) return `pages end in "/": write ${site.base}${kind}/`;
    if (second === '') return undefined;
    if (!site.entityPages.has(`${kind}/${second}`)) return `there is no page for ${kind} "${second}": it is not in content/entities/${kind}.yaml, or no brief tags or mentions it`;
    if (third === undefined) return `pages end in "/": write ${site.base}${kind}/${second}/`;
    if (third === '' && rest.length === 0) return undefined;
  }
  if (path === 'glossary/' && fragment && !site.glossary.has(fragment)) return `the glossary has no entry "${fragment}"; nearest: ${nearest(fragment, [...site.glossary]).join(', ')}`;
  if (FIXED_PAGES.some((page) => page.test(path))) return undefined;
  if (path !== '' && !path.endsWith('/') && site.publicFile(path)) return undefined;
  if (!path.endsWith('/') && FIXED_PAGES.some((page) => page.test(`${path}/`))) return `pages end in "/": write ${site.base}${path}/`;
  return `no page at ${site.base}${path}`;
}

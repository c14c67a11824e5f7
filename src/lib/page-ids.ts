/**
 * Ids the page around a brief's body uses (layout, header, boxes, search). A section whose
 * heading would take one of them gets a "-section" suffix instead (src/plugins/
 * rehype-unique-ids.ts); the build's duplicate-id check catches any id missing from this list.
 */
export const PAGE_IDS: ReadonlySet<string> = new Set([
  'main', 'site-search', 'live-status', 'toc-heading', 'key-points-heading', 'key-figures-heading', 'source-heading',
  'source-cite', 'events-heading', 'changes-heading', 'cite-heading', 'cite-text', 'tags-heading', 'related-heading',
  'timeline-chart-title', 'timeline-chart-desc', 'top', 'on-this-page', 'content', 'search', 'skip',
]);

/** Ids made by pattern around the body (maps, charts, route boxes). */
export const PAGE_ID_PATTERNS: readonly RegExp[] = [/^route-\d+-(?:heading|map)/, /^map-[\w-]*-(?:title|desc)$/, /^figure-chart-\d+/];

export function isPageId(id: string): boolean {
  return PAGE_IDS.has(id) || PAGE_ID_PATTERNS.some((pattern) => pattern.test(id));
}

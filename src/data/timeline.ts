import { buildTimeline, filterCounts, FILTER_KINDS, type TimelineEvent } from '../lib/timeline.ts';
import { getRenderedBriefs } from './briefs.ts';

export type FilterCounts = Record<(typeof FILTER_KINDS)[number], Map<string, number>>;

let timeline: Promise<{ events: TimelineEvent[]; counts: FilterCounts }> | undefined;

/** Every dated event of the briefs in date order, and the number per country and topic filter (once per build). */
export function getTimeline(): Promise<{ events: TimelineEvent[]; counts: FilterCounts }> {
  timeline ??= getRenderedBriefs().then((rendered) => {
    const events = buildTimeline([...rendered.values()].map(({ entry, mentions }) => ({ id: entry.id, title: entry.data.title, events: entry.data.events, mentions })));
    const counts = Object.fromEntries(FILTER_KINDS.map((kind) => [kind, filterCounts(events, kind)])) as FilterCounts;
    return { events, counts };
  });
  return timeline;
}

import { chartLayout, type ChartLayout } from '../lib/timeline-marks.ts';
import { buildTimeline, eventsByFilter, filterCounts, FILTER_KINDS, type TimelineEvent } from '../lib/timeline.ts';
import { getRenderedBriefs } from './briefs.ts';
import { getEntities } from './entities.ts';
import { createMentionFinder } from '../lib/mentions.ts';
import type { Entity, EntityKind } from '../schemas/entity.ts';

export type FilterCounts = Record<(typeof FILTER_KINDS)[number], Map<string, number>>;

/** A list of events, whole or filtered, with the chart every one of its pages draws. */
export interface TimelineList {
  events: TimelineEvent[];
  chart: ChartLayout;
}

export interface Timeline {
  all: TimelineList;
  /** The list of each filter value ("countries/japan"). */
  byFilter: Map<string, TimelineList>;
  counts: FilterCounts;
}

let timeline: Promise<Timeline> | undefined;

function list(events: TimelineEvent[]): TimelineList {
  return { events, chart: chartLayout(events.map((e) => e.date)) };
}

/** Every dated event of the briefs in date order, by filter, with the number per country and topic filter (once per build). */
export function getTimeline(): Promise<Timeline> {
  timeline ??= Promise.all([getRenderedBriefs(), getEntities()]).then(([rendered, entities]) => {
    const byKind = {} as Record<EntityKind, Entity[]>;
    for (const entity of entities.values()) (byKind[entity.kind] ??= []).push(entity);
    const findMentions = createMentionFinder(byKind);
    const events = buildTimeline(
      [...rendered.values()].map(({ entry, mentions }) => ({ id: entry.id, title: entry.data.title, events: entry.data.events, mentions, furniture: entry.data.furniture })),
      // The mentions an event's label makes, found as in the briefs' text (src/lib/mentions.ts).
      (label) => findMentions(label, { overlapping: true }).map((m) => m.key),
    );
    const filtered = eventsByFilter(events);
    const counts = Object.fromEntries(FILTER_KINDS.map((kind) => [kind, filterCounts(filtered, kind)])) as FilterCounts;
    const byFilter = new Map([...filtered].map(([key, keyEvents]) => [key, list(keyEvents)]));
    return { all: list(events), byFilter, counts };
  });
  return timeline;
}

import { compareDates, type PartialDate } from './dates.ts';

/** The entity kinds the timeline can be filtered by. */
export const FILTER_KINDS = ['countries', 'topics'] as const;

export interface TimelineSource {
  id: string;
  title: string;
  events: readonly { date: PartialDate; label: string; section: string; countries?: readonly string[] | undefined; topics?: readonly string[] | undefined }[];
  /** Entity key to the sections mentioning it. */
  mentions: Readonly<Record<string, readonly string[]>>;
  /** Sections about the source's page furniture (its references, its tags): what they tell is no event of anyone's. */
  furniture?: readonly string[];
}

export interface TimelineEvent {
  brief: string;
  briefTitle: string;
  date: PartialDate;
  label: string;
  section: string;
  /**
   * The entities the event concerns, what the timeline filters on: the countries and topics its
   * label names and those the brief gives for it.
   */
  keys: string[];
}

/**
 * Every dated event of every brief, oldest first, each tagged with the entities it concerns
 * (TimelineEvent.keys; `named` gives the entities a label names). A section tells several events
 * and names many countries and topics: tagged with all of them, Estonia's timeline listed
 * Finland's defence spending target because its section named Estonia too, and, tagged with its
 * section's when its label named none, Australia's listed the EU's partnership with ASEAN and the
 * war in Ukraine's the EU's 2019 strategy for Central Asia. So an event concerns what its label
 * names and what the brief gives for it, never merely what its section names; and an event told in
 * a section of page furniture (the works a brief cites, published) concerns nothing, though the
 * whole timeline lists it. Only entities the brief's text mentions, or that it gives for the
 * event, are kept, so every filter has pages to lead to. Events of one brief known to the same precision
 * ("2025") keep the order the brief gives them, which tells what came first when the dates cannot
 * ("less than a month before Finland").
 */
export function buildTimeline(briefs: readonly TimelineSource[], named: (label: string) => readonly string[] = () => []): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const brief of briefs) {
    const bySection = new Map<string, string[]>();
    for (const [key, sections] of Object.entries(brief.mentions)) {
      for (const section of sections) bySection.set(section, [...(bySection.get(section) ?? []), key]);
    }
    for (const event of brief.events) {
      const section = bySection.get(event.section) ?? [];
      const furniture = brief.furniture?.includes(event.section) ?? false;
      const inLabel = furniture ? [] : named(event.label).filter((key) => Object.hasOwn(brief.mentions, key) && FILTER_KINDS.some((kind) => key.startsWith(`${kind}/`)));
      const given = [...(event.countries ?? []).map((id) => `countries/${id}`), ...(event.topics ?? []).map((id) => `topics/${id}`)];
      const keys = [...section.filter((key) => !FILTER_KINDS.some((kind) => key.startsWith(`${kind}/`))), ...inLabel, ...given];
      events.push({ brief: brief.id, briefTitle: brief.title, date: event.date, label: event.label, section: event.section, keys: [...new Set(keys)] });
    }
  }
  // Array sorts are stable: events equal in date and brief stay in the brief's order.
  return events.sort((a, b) => compareDates(a.date, b.date) || a.brief.localeCompare(b.brief));
}

/** The filter values worth offering: entities of a kind with at least one event, with counts (from eventsByFilter). */
export function filterCounts(byFilter: ReadonlyMap<string, readonly TimelineEvent[]>, kind: string): Map<string, number> {
  return new Map([...byFilter].filter(([key]) => key.startsWith(`${kind}/`)).map(([key, events]) => [key, events.length]));
}

/** The events of each filter value (an entity of FILTER_KINDS), in date order, in one pass over the timeline. */
export function eventsByFilter(events: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  const byKey = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    for (const key of event.keys) {
      if (!FILTER_KINDS.some((kind) => key.startsWith(`${kind}/`))) continue;
      const list = byKey.get(key);
      if (list) list.push(event);
      else byKey.set(key, [event]);
    }
  }
  return byKey;
}

import { compareDates, type PartialDate } from './dates.ts';

/** The entity kinds the timeline can be filtered by. */
export const FILTER_KINDS = ['countries', 'topics'] as const;

export interface TimelineSource {
  id: string;
  title: string;
  events: readonly { date: PartialDate; label: string; section: string; countries?: readonly string[] | undefined }[];
  /** Entity key to the sections mentioning it. */
  mentions: Readonly<Record<string, readonly string[]>>;
}

export interface TimelineEvent {
  brief: string;
  briefTitle: string;
  date: PartialDate;
  label: string;
  section: string;
  /**
   * The entities the event concerns, what the timeline filters on: the countries its label names
   * and those the brief gives for it; the topics its label names, or, when it names none, those
   * named in the section that tells it.
   */
  keys: string[];
}

/**
 * Every dated event of every brief, oldest first, each tagged with the entities it concerns
 * (TimelineEvent.keys; `named` gives the entities a label names). A section tells several events
 * and names many countries: tagged with all of them, Estonia's timeline listed Finland's defence
 * spending target because its section named Estonia too, and, tagged with its section's countries
 * when its label named none, Australia's listed the EU's partnership with ASEAN. A country is
 * the label's or the brief's word for the event, never its section's; a topic, a theme, may be
 * the section's. Only entities the brief's text mentions, or that it gives for the event, are
 * kept, so every filter has pages to lead to. Events of one brief known to the same precision
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
      const inLabel = named(event.label).filter((key) => Object.hasOwn(brief.mentions, key));
      const own = (kind: string, list: readonly string[]) => list.filter((key) => key.startsWith(`${kind}/`));
      const keys = section.filter((key) => !FILTER_KINDS.some((kind) => key.startsWith(`${kind}/`)));
      keys.push(...own('countries', inLabel), ...(event.countries ?? []).map((id) => `countries/${id}`));
      keys.push(...(own('topics', inLabel).length > 0 ? own('topics', inLabel) : own('topics', section)));
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

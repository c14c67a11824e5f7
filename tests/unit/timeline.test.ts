import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/dates.ts';
import { buildTimeline, eventsByFilter, filterCounts } from '../../src/lib/timeline.ts';
import { fractionalYear, linearScale, yearTicks } from '../../src/lib/scale.ts';

const d = (s: string) => parsePartialDate(s)!;

describe('timeline', () => {
  const events = buildTimeline([
    {
      id: 'a',
      title: 'A',
      events: [
        { date: d('2029'), label: 'Target', section: 'finland', countries: ['finland'] },
        { date: d('1997'), label: 'Ottawa', section: 'finland', countries: ['finland'] },
      ],
      mentions: { 'countries/finland': ['finland'], 'countries/russia': ['other'] },
    },
    { id: 'b', title: 'B', events: [{ date: d('2024-11-01'), label: 'Japan', section: 'asia', countries: ['japan'] }], mentions: { 'countries/japan': ['asia'] } },
  ]);
  it('orders every event by date', () => {
    expect(events.map((e) => e.label)).toEqual(['Ottawa', 'Japan', 'Target']);
  });
  it('tags an event with the countries and topics its label names or the brief gives, never with its section\'s alone', () => {
    const named = (label: string) => (label.includes('Finland') ? ['countries/finland'] : label.includes('Kyiv') ? ['countries/ukraine'] : []);
    const tagged = buildTimeline(
      [
        {
          id: 'a',
          title: 'A',
          events: [
            { date: d('2029'), label: 'Finland\'s spending target', section: 'baltic' },
            { date: d('2024-12'), label: 'A cable cut', section: 'baltic' },
            // Named in the label, but not in the brief's text: no filter page to lead to.
            { date: d('2025'), label: 'Kyiv talks', section: 'baltic' },
            // Given by the brief: the people it names are of those countries.
            { date: d('2025-03-29'), label: 'The presidents meet', section: 'baltic', countries: ['finland', 'united-states'], topics: ['us-relations'] },
            // The publication of a work the brief cites, in its list of sources: no one's event, though its label names Finland.
            { date: d('2014'), label: 'Finland study published', section: 'sources' },
          ],
          mentions: { 'countries/finland': ['baltic'], 'countries/estonia': ['baltic'], 'topics/defence-spending': ['baltic'], 'people/x': ['baltic'] },
          furniture: ['sources'],
        },
      ],
      named,
    );
    const keys = Object.fromEntries(tagged.map((e) => [e.label, e.keys]));
    expect(keys["Finland's spending target"]).toEqual(['people/x', 'countries/finland']);
    expect(keys['A cable cut']).toEqual(['people/x']);
    expect(keys['Kyiv talks']).toEqual(['people/x']);
    expect(keys['The presidents meet']).toEqual(['people/x', 'countries/finland', 'countries/united-states', 'topics/us-relations']);
    expect(keys['Finland study published']).toEqual([]);
    expect(tagged.find((e) => e.label === 'The presidents meet')).not.toHaveProperty('countries');
  });
  it('keeps the order a brief gives events of the same date, which it may know and the dates not', () => {
    const same = buildTimeline([
      { id: 'a', title: 'A', events: [{ date: d('2025'), label: 'Poland leaves first', section: 's' }, { date: d('2025'), label: 'Finland follows', section: 's' }], mentions: {} },
    ]);
    expect(same.map((e) => e.label)).toEqual(['Poland leaves first', 'Finland follows']);
  });
  it('counts filter values', () => {
    expect([...filterCounts(eventsByFilter(events), 'countries')]).toEqual([
      ['countries/finland', 2],
      ['countries/japan', 1],
    ]);
  });
  it('lists the events of every filter value in one pass, in date order', () => {
    const byFilter = eventsByFilter(events);
    expect([...byFilter.keys()]).toEqual(['countries/finland', 'countries/japan']);
    expect(byFilter.get('countries/finland')!.map((e) => e.label)).toEqual(['Ottawa', 'Target']);
  });
});

describe('chart scales', () => {
  it('maps a domain linearly onto a range', () => {
    const x = linearScale([1997, 2030], [0, 330]);
    expect(x(1997)).toBe(0);
    expect(x(2030)).toBe(330);
    expect(x(2013.5)).toBe(165);
  });
  it('places partial dates mid-period', () => {
    expect(fractionalYear({ year: 2025 })).toBe(2025.5);
    expect(fractionalYear({ year: 2025, month: 1 })).toBeCloseTo(2025 + 0.5 / 12);
    expect(fractionalYear({ year: 2025, month: 1, day: 1 })).toBeCloseTo(2025 + 0.5 / 365);
  });
  it('makes round year ticks', () => {
    expect(yearTicks(1997, 2030, 5)).toEqual([2000, 2005, 2010, 2015, 2020, 2025, 2030]);
  });
});

import { chartLayout, placeMarks } from '../../src/lib/timeline-marks.ts';

describe('timeline marks', () => {
  const x = linearScale([2000, 2010], [0, 100]);
  it('stacks marks that would overlap, in one pass', () => {
    const marks = placeMarks([d('2001'), d('2001'), d('2001'), d('2005')], x, 12);
    expect(marks.map((m) => m.row)).toEqual([0, 1, 2, 0]);
  });
  it('groups by year past the limit, counting events', () => {
    const marks = placeMarks([d('2001'), d('2001-02'), d('2003')], x, 12, 2);
    expect(marks.map((m) => [m.year, m.count, m.index])).toEqual([
      [2001, 2, 0],
      [2003, 1, 2],
    ]);
  });
});

describe('timeline chart layout', () => {
  it('spans the years of the events, one mark each while few', () => {
    const chart = chartLayout([d('2001'), d('2001'), d('2005')]);
    expect([chart.from, chart.to, chart.grouped, chart.rows, chart.step]).toEqual([2001, 2006, false, 2, 1]);
  });
  it('groups a long list by year and takes an archive in one pass', () => {
    // 210,000 dates: as many arguments to Math.min would overflow the stack.
    const dates = Array.from({ length: 210_000 }, (_, i) => ({ year: 1990 + (i % 30), precision: 'year' as const, iso: String(1990 + (i % 30)) }));
    const chart = chartLayout(dates);
    expect([chart.from, chart.to, chart.grouped, chart.marks.length, chart.maxCount, chart.step]).toEqual([1990, 2020, true, 30, 7_000, 5]);
  });
  it('draws an empty list without failing', () => {
    expect(chartLayout([]).marks).toEqual([]);
  });
});

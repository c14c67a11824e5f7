import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBriefSchema, type RegistryIds } from '../../src/schemas/brief.ts';
import { propProblems } from '../../src/schemas/brief-components.ts';

const registry: RegistryIds = {
  countries: ['japan', 'south-korea', 'kazakhstan'],
  regions: ['asia'],
  organisations: ['eu', 'nato'],
  people: ['kaja-kallas'],
  topics: ['maritime-security'],
};
const schema = createBriefSchema(registry);

function valid(): Record<string, unknown> {
  return {
    title: 'A brief',
    summary: 'One sentence. Two sentences.',
    keyPoints: ['One', 'Two', 'Three'],
    source: { title: 'Original', kind: 'news-report', publisher: 'Caliber.az', author: 'Sabina Mammadli', published: '2025-07-21' },
    countries: ['japan'],
    organisations: ['eu'],
    people: ['kaja-kallas'],
    topics: ['maritime-security'],
    events: [{ date: '2025-07-21', label: 'Report published', section: 'opening' }],
    asOf: '2025-07',
  };
}

function messages(data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('brief schema', () => {
  it('says how to write a list where YAML read one value, a key or nothing', () => {
    const fix = 'where a list belongs: write [a, b], or one item a line, each line starting with "- "';
    expect(messages({ ...valid(), countries: 'japan', keyPoints: 3, events: { date: '2025' }, furniture: null })).toEqual(
      expect.arrayContaining([`countries: a single text ${fix}`, `keyPoints: a single number ${fix}`, `events: a key and a value ${fix}`, `furniture: empty ${fix}`]),
    );
    // A list left out keeps its default, or is reported missing.
    expect(messages({ ...valid(), countries: undefined })).toEqual([]);
    expect(messages({ ...valid(), keyPoints: undefined })[0]).toMatch(/^keyPoints: Invalid input/);
  });
  it('accepts a valid entry and parses its dates', () => {
    const parsed = schema.parse(valid());
    expect(parsed.source.published).toMatchObject({ year: 2025, month: 7, day: 21, precision: 'day' });
    expect(parsed.regions).toEqual([]);
  });

  it("typesets the text it prints, as the body's, but for the source's verbatim title", () => {
    const parsed = schema.parse({
      ...valid(),
      title: `The EU's "reliable partner" -- and more...`,
      keyPoints: [`Kallas's view`, 'Two', 'Three'],
      source: { ...valid()['source'] as object, title: `The "original" title`, author: "Sabina O'Neill" },
    });
    expect(parsed.title).toBe('The EU’s “reliable partner” – and more…');
    expect(parsed.keyPoints[0]).toBe('Kallas’s view');
    expect(parsed.source.author).toBe('Sabina O’Neill');
    expect(parsed.source.title).toBe('The "original" title');
  });

  it.each([
    ['missing title', (d: any) => delete d.title, /^title: /],
    ['misspelt key', (d: any) => (d.keypoints = ['x']), /unknown key "keypoints": did you mean "keyPoints"/],
    ['misspelt source key', (d: any) => (d.source.publishr = 'x'), /source: .*publishr/],
    ['impossible date', (d: any) => (d.source.published = '2026-13-45'), /^source\.published: "2026-13-45" is not a real calendar date/],
    // Written another way: the date in the site's form, worked out, is what to write.
    ['date written another way', (d: any) => (d.source.published = '21/07/2025'), /^source\.published: "21\/07\/2025" is not written as the site writes dates: write "2025-07-21" \("YYYY-MM-DD"/],
    ['date written in words', (d: any) => (d.asOf = 'July 2025'), /^asOf: "July 2025" is not written as the site writes dates: write "2025-07"/],
    ['no date at all', (d: any) => (d.asOf = 'last week'), /^asOf: "last week" is not written as the site writes dates: write "YYYY-MM-DD", or "YYYY-MM" or "YYYY" when the source is less precise$/],
    ['unquoted date (a YAML timestamp)', (d: any) => (d.source.published = new Date('2026-02-14')), /^source\.published: write the date in quotes/],
    ['inferred date without a note', (d: any) => (d.source.dateInferred = true), /^source\.dateInferred: dateInferred is true/],
    ['unknown source kind', (d: any) => (d.source.kind = 'op-ed'), /^source\.kind: one of newsletter, policy-brief/],
    ['unknown country id with the nearest known', (d: any) => (d.countries = ['japn']), /^countries\.0: unknown countries id "japn"; nearest known: japan/],
    ['unknown topic id', (d: any) => (d.topics = ['maritime']), /^topics\.0: unknown topics id "maritime"; nearest known: maritime-security/],
    ['a yes or no written as a word', (d: any) => (d.source.dateInferred = 'yes'), /^source\.dateInferred: write true or false/],
    ['an over-long as-of note', (d: any) => (d.asOfNote = 'x'.repeat(401)), /^asOfNote: a note of at most 400 characters/],
    ['a key figure below zero', (d: any) => (d.figures = [{ label: 'Exports', value: -3, unit: 'percent', section: 'x' }]), /^figures\.0\.value: zero or more: a key figure is an amount drawn as a bar/],
    ['a key point in Markdown', (d: any) => (d.keyPoints[0] = 'See [the summit](/briefs/nope/) and **why**'), /^keyPoints\.0: holds Markdown \("\[the summit\]\(\/briefs\/nope\/\)"\), which this field prints as typed/],
    // What YAML makes of "3_000" (text) and ".inf": said as a Figure's value is.
    ['a key figure YAML read as text', (d: any) => (d.figures = [{ label: 'Exports', value: '3_000', unit: 'tonnes', section: 'x' }]), /^figures\.0\.value: text where a number belongs: write the number without quotes, a unit or "_"/],
    ['a key figure of Infinity', (d: any) => (d.figures = [{ label: 'Exports', value: Infinity, unit: 'tonnes', section: 'x' }]), /^figures\.0\.value: Infinity cannot be drawn: give a finite number/],
    ['an id tagged twice', (d: any) => (d.countries = ['japan', 'india', 'japan']), /^countries\.2: "japan" is given twice: remove this one/],
    ['an id of another kind', (d: any) => (d.countries = ['eu']), /^countries\.0: "eu" is one of the organisations, not of the countries: move it to organisations/],
    ['too few key points', (d: any) => (d.keyPoints = ['one']), /^keyPoints: give 3 to 7 key points/],
    ['too many key points', (d: any) => (d.keyPoints = ['1', '2', '3', '4', '5', '6', '7', '8']), /^keyPoints: give 3 to 7 key points/],
    ['summary of four sentences', (d: any) => (d.summary = 'One. Two. Three. Four.'), /^summary: the summary is 1 to 3 sentences; this one has 4/],
    ['summary of four sentences, one ending in a quotation', (d: any) => (d.summary = 'One said “two.” Three. Four. Five.'), /^summary: the summary is 1 to 3 sentences; this one has 4/],
    ['event with a bad date', (d: any) => (d.events[0].date = '2025-02-30'), /^events\.0\.date: /],
    ['event section that is not an id', (d: any) => (d.events[0].section = 'Barriers to cooperation'), /^events\.0\.section: a section id/],
    ['source url that is not a URL', (d: any) => (d.source.url = 'not a url'), /^source\.url: /],
    ['source url with a javascript: address', (d: any) => (d.source.url = 'javascript:alert(1)'), /^source\.url: "javascript:alert\(1\)" is not an address this brief can link: give the original's absolute http\(s\) address/],
    ['source url with a data: address', (d: any) => (d.source.url = 'data:text/html,x'), /^source\.url: "data:text\/html,x" is not an address this brief can link/],
    ['missing as-of date', (d: any) => delete d.asOf, /^asOf: /],
    ['a title too long', (d: any) => (d.title = 'x'.repeat(121)), /^title: a title of at most 120 characters/],
    ['a key point too long', (d: any) => (d.keyPoints[1] = 'x'.repeat(501)), /^keyPoints\.1: a key point of at most 500 characters/],
    ['a placeholder left in', (d: any) => (d.summary = '[[One to three sentences.]]'), /^summary: still holds a \[\[placeholder\]\]/],
    ['an empty title', (d: any) => (d.title = '  '), /^title: empty: write it \(docs\/authoring\.md shows every field\)$/],
    ['a title of symbols only', (d: any) => (d.title = '🚀 — 🚀!'), /^title: a title needs words, not only symbols or emoji/],
    ['an empty optional author', (d: any) => (d.source.author = ''), /^source\.author: empty: write it, or leave the field out$/],
    ['an empty event label', (d: any) => (d.events[0].label = ''), /^events\.0\.label: empty: write it /],
    // What YAML makes of text left unquoted: "a: b" is a key and its value, a bare number a number.
    ['a key point holding ": " unquoted', (d: any) => (d.keyPoints[1] = { 'It says (the site': 'more' }), /^keyPoints\.1: a key and a value where text belongs: in YAML, put text that holds ": " in quotes$/],
    ['a number where text belongs', (d: any) => (d.source.publisher = 1984), /^source\.publisher: number where text belongs: put it in quotes$/],
    ['a list where text belongs', (d: any) => (d.title = ['A', 'B']), /^title: a list where text belongs/],
    ['a field left empty in YAML (null)', (d: any) => (d.summary = null), /^summary: empty: write it/],
    // An example's placeholders, copied as they are.
    ['a source url that still holds "…"', (d: any) => (d.source.url = 'https://www.nato.int/…'), /^source\.url: holds "…", a placeholder: write it out in full$/],
    ['a key point that is only "…"', (d: any) => (d.keyPoints[0] = '…'), /^keyPoints\.0: holds "…", a placeholder/],
    ['a route through a country the brief does not tag', (d: any) => (d.routes = [{ label: 'Corridor', via: ['japan', 'kazakhstan'], section: 'opening' }]), /^routes\.0\.via\.1: "kazakhstan" is on the route but not in countries: tag it there/],
    ['an event given a country the brief does not tag', (d: any) => d.events.push({ date: '2025', label: 'Talks', section: 'opening', countries: ['kazakhstan'] }), /^events\.1\.countries\.0: "kazakhstan" is given for the event but not in countries: tag it there/],
    ['an event given a country the registry lacks', (d: any) => d.events.push({ date: '2025', label: 'Talks', section: 'opening', countries: ['atlantis'] }), /^events\.1\.countries\.0: unknown countries id "atlantis"/],
    ['a former id with no anchors', (d: any) => (d.formerIds = { opening: [] }), /^formerIds\.opening: empty: list at least one$/],
    // Twice, spacing and case aside: shown twice on the page, the timeline and the feeds.
    ['a key point given twice', (d: any) => (d.keyPoints = ['One', 'Two', 'one ']), /^keyPoints\.2: the same key point as key point 1: remove one$/],
    ['an event given twice', (d: any) => d.events.push({ date: '2025-07-21', label: 'Report  published', section: 'opening' }), /^events\.1: the same event as event 1: remove one$/],
  ])('rejects %s, naming the field', (_name, change, expected) => {
    const data = valid();
    change(data);
    const found = messages(data);
    expect(found.some((m) => expected.test(m)), found.join('\n')).toBe(true);
  });
  it('reports a country the registry lacks once, as unknown, not also as untagged', () => {
    const data = valid();
    (data['events'] as unknown[]).push({ date: '2025', label: 'Talks', section: 'opening', countries: ['atlantis'] });
    data['routes'] = [{ label: 'Corridor', via: ['japan', 'atlantis'], section: 'opening' }];
    expect(messages(data).filter((m) => m.includes('atlantis'))).toEqual([
      expect.stringMatching(/^events\.1\.countries\.0: unknown countries id "atlantis"/),
      expect.stringMatching(/^routes\.0\.via\.1: unknown countries id "atlantis"/),
    ]);
  });
});

describe('brief component props', () => {
  it('names a prop not given, and what was given where text belongs', () => {
    const data = [{ label: 'a', value: 1 }, { label: 'b', value: 2 }];
    expect(propProblems('Figure', { type: 'bar', caption: 'C', unit: 3, data })).toEqual([
      '<Figure> prop "unit": number where text belongs: put it in quotes',
      '<Figure> prop "source": missing: give it (docs/authoring.md lists every prop)',
    ]);
    expect(propProblems('Quote', { by: 'Kaja Kallas' })).toEqual([]);
    // Beyond what the chart's arithmetic holds: drawn as "NaN".
    expect(propProblems('Figure', { type: 'line', caption: 'C', unit: 'u', source: 's', data: [{ label: 'a', value: 1e308 }, { label: 'b', value: -1e308 }] })).toEqual([
      expect.stringMatching(/^<Figure> prop "data\.0\.value": too large to draw/),
      expect.stringMatching(/^<Figure> prop "data\.1\.value": too large to draw/),
    ]);
    expect(propProblems('Callout', { kind: 'correction', date: '2025-06-25', refTitle: 'T', refPublisher: 'P', refDate: '2025-06-25', refUrl: 'https://www.nato.int/…' })).toEqual([
      '<Callout> prop "refUrl": holds "…", a placeholder: write it out in full',
    ]);
    expect(propProblems('Compare', { caption: 'C', columns: ['A', 'B'], rows: [{ aspect: 'Aim', left: '…', right: '...' }] })).toEqual([
      '<Compare> prop "rows.0.left": holds "…", a placeholder: write it out in full',
      '<Compare> prop "rows.0.right": holds "…", a placeholder: write it out in full',
    ]);
    // Two values of one name, case aside: which bar is which?
    expect(propProblems('Figure', { type: 'bar', caption: 'C', unit: 'u', source: 's', data: [{ label: 'Japan', value: 1 }, { label: 'Korea', value: 2 }, { label: 'japan', value: 3 }] })).toEqual([
      '<Figure> prop "data.2.label": "japan" labels value 1 too: give each value a label of its own',
    ]);
  });
  it('says how to write a list in JSX where one value was given', () => {
    const fix = 'where a list belongs: write it in braces and brackets, e.g. {["a", "b"]}';
    expect(propProblems('Map', { countries: 'japan', caption: 'C' })).toEqual([`<Map> prop "countries": a single text ${fix}`]);
    expect(propProblems('Figure', { type: 'bar', caption: 'C', unit: 'u', source: 's', data: { label: 'a', value: 1 } })).toEqual([`<Figure> prop "data": an object ${fix}`]);
  });
});

describe('JSON schema for editors', () => {
  it('offers known ids and the date format', () => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as any;
    expect(json.properties.countries.items.enum).toEqual(['japan', 'south-korea', 'kazakhstan']);
    expect(json.properties.source.properties.published).toMatchObject({ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });
    expect(json.properties.source.additionalProperties).toBe(false);
  });
});

describe('sentenceCount', () => {
  it('counts the ends of sentences, not the full stops of abbreviations and initials', async () => {
    const { sentenceCount } = await import('../../src/schemas/brief.ts');
    expect(sentenceCount('The EU and S. Korea (i.e. its first partner in Asia) agreed, e.g. on cyber security, etc. to meet.')).toBe(1);
    expect(sentenceCount('It met the UN. Then NATO. Then Dr. Bossuyt wrote.')).toBe(3);
    expect(sentenceCount('Kallas said: “We must act.” Nothing followed!')).toBe(2);
  });
});

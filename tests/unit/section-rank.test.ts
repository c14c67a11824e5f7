import { describe, expect, it } from 'vitest';
import { holdsAsTyped, holdsEvery, rankByPhrases, rankSections, wholeWords, type SubResult } from '../../src/lib/section-rank.ts';

const section = (id: string, excerpt: string, weight: number): SubResult => ({
  title: id,
  url: `/briefs/x/#${id}`,
  excerpt,
  anchor: { id, element: 'h2' },
  weighted_locations: [{ weight, balanced_score: weight }],
});

describe('search sections', () => {
  it('holds an abbreviation in the text of a page only as typed, each part of a joined one alone', () => {
    expect(holdsEvery('European External Action Service (EEAS) staff', ['EEAS'])).toBe(true);
    expect(holdsEvery('the European Economic Area (EEA) and Norway', ['EEAS'])).toBe(false);
    expect(holdsEvery('the UNU-CRIS study on regions', ['UNU-CRIS'])).toBe(true);
    expect(holdsEvery('a crisis for UNU', ['UNU-CRIS'])).toBe(false);
    expect(holdsEvery('any text', [])).toBe(true);
  });

  it('count the words of a query an excerpt holds whole, not as the start of a longer word', () => {
    expect(wholeWords('the <mark>brief</mark> cites', ['bri'])).toBe(0);
    expect(wholeWords('Road Initiative (<mark>BRI</mark>) and', ['bri'])).toBe(1);
    // Plurals, stems, possessives, hyphenated names and accents are the word itself.
    expect(wholeWords('new <mark>sanctions</mark>', ['sanction'])).toBe(1);
    expect(wholeWords('foreign <mark>policies</mark>', ['policy'])).toBe(1);
    expect(wholeWords('<mark>Kazakhstan’s</mark> leaders', ['kazakhstan'])).toBe(1);
    expect(wholeWords('the <mark>EU-China</mark> summit', ['eu'])).toBe(1);
    expect(wholeWords('Minister <mark>Häkkänen</mark> said', ['hakkanen'])).toBe(1);
    // Each word of the query once, whichever marks hold it.
    expect(wholeWords('<mark>UN</mark> votes and <mark>United</mark> States', ['un', 'votes'])).toBe(1);
    expect(wholeWords('<mark>UN</mark> <mark>votes</mark>', ['un', 'votes'])).toBe(2);
    expect(wholeWords('<mark>under</mark> <mark>unclear</mark>', ['un'])).toBe(0);
    // Typed as an abbreviation, a word is held only as itself or its plural: the stemmer's "EEA" is another body.
    expect(wholeWords('the <mark>EEA</mark> and Norway', ['EEAS'])).toBe(0);
    expect(wholeWords('the <mark>EEAS</mark> filed it', ['EEAS'])).toBe(1);
    expect(wholeWords('two <mark>MEPs</mark> asked', ['MEP'])).toBe(1);
    expect(wholeWords('the <mark>EEA</mark> and Norway', ['eeas'])).toBe(1);
    expect(wholeWords('About <mark>UNU-CRIS</mark>', ['un'])).toBe(0);
  });

  it('open the section that holds the query whole before heavier ones that only start with it', () => {
    const sections = [
      section('sources-the-brief-draws-on', 'Sources the <mark>brief</mark> draws on', 7),
      section('converging-interests', 'the <mark>brief</mark> argues', 2),
      section('possible-areas', 'Belt and Road Initiative (<mark>BRI</mark>)', 1),
      section('x-heading', 'a <mark>BRI</mark> heading id', 9),
    ];
    expect(rankSections(sections, ['bri']).map((s) => s.anchor!.id)).toEqual(['possible-areas', 'sources-the-brief-draws-on', 'converging-interests']);
    // A query no section holds whole, or a quoted phrase (no words): Pagefind's weights, then the text's order.
    expect(rankSections(sections, ['b']).map((s) => s.anchor!.id)).toEqual(['sources-the-brief-draws-on', 'converging-interests', 'possible-areas']);
    expect(rankSections(sections, []).map((s) => s.anchor!.id)).toEqual(['sources-the-brief-draws-on', 'converging-interests', 'possible-areas']);
    // A section of page furniture comes after the text's own that hold as many words whole, whatever its weight.
    const furniture = new Set(['sources-the-brief-draws-on']);
    expect(rankSections(sections, ['b'], undefined, furniture).map((s) => s.anchor!.id)).toEqual(['converging-interests', 'possible-areas', 'sources-the-brief-draws-on']);
    expect(rankSections([...sections, section('tags', 'tagged <mark>BRI</mark>', 9)], ['bri'], undefined, new Set(['tags'])).map((s) => s.anchor!.id)[0]).toBe('possible-areas');
  });

  it('given the page\'s text, count every word matched in a section, not only those its excerpt shows', () => {
    // Words 0 to 9 of the page; Pagefind matched "S…" everywhere, "Eagle" only in the second section.
    const content = 'Strategic steps: security. Sanctions, the tanker Eagle S, seized.';
    const at = (id: string, excerpt: string, weight: number, locations: number[]) => ({ ...section(id, excerpt, weight), locations });
    const sections = [at('partnership', '<mark>Strategic</mark> <mark>steps:</mark> <mark>security.</mark>', 9, [0, 1, 2]), at('threats', '<mark>Sanctions,</mark> the', 3, [3, 6, 7])];
    expect(rankSections(sections, ['eagle', 's']).map((s) => s.anchor!.id)).toEqual(['partnership', 'threats']);
    expect(rankSections(sections, ['eagle', 's'], content).map((s) => s.anchor!.id)).toEqual(['threats', 'partnership']);
  });
});

describe('a result as typed', () => {
  const result = (excerpt: string, ...sections: string[]) => ({ excerpt, sub_results: sections.map((e, i) => section(`s${i}`, e, 1)) });
  it('holds a word as typed, whole or as the start of one, but not a start of the word Pagefind fell back to', () => {
    expect(holdsAsTyped(result('<mark>Kazakhstan</mark> and'), 'Kazak')).toBe(true);
    expect(holdsAsTyped(result('the <mark>sanctions</mark>'), 'sanction')).toBe(true);
    expect(holdsAsTyped(result('the intro', 'tanker Eagle <mark>S,</mark> linked'), 'sentencez')).toBe(false);
    expect(holdsAsTyped(result('steps <mark>up</mark> security'), 'updated')).toBe(false);
    expect(holdsAsTyped(result('nothing marked here', 'Minister <mark>Häkkänen</mark> said'), 'Hakkanen')).toBe(true);
    expect(holdsAsTyped(result('the <mark>Shangri-La</mark> Dialogue'), 'Shangri-La')).toBe(true);
  });
});

describe('the section of a quoted phrase', () => {
  it('is the ## or ### that holds its first match within the text, not a part of the page', async () => {
    const { sectionAt } = await import('../../src/lib/section-rank.ts');
    const anchors = [
      { element: 'h2', id: 'key-figures-heading', location: 371 },
      { element: 'figcaption', id: 'figure-chart-1', location: 424 },
      { element: 'h2', id: 'the-summit', text: 'The summit', location: 740 },
      { element: 'h3', id: 'outcomes', text: 'Outcomes', location: 800 },
      { element: 'h2', id: 'partnership', text: 'Partnership', location: 1001 },
    ];
    expect(sectionAt(anchors, [820, 1100])?.id).toBe('outcomes');
    // A match in the summary, before the text, gives way to the next one in a section.
    expect(sectionAt(anchors, [12, 1050])?.id).toBe('partnership');
    expect(sectionAt(anchors, [12])).toBeUndefined();
  });
});

describe('where a phrase stands in a page', () => {
  it('finds every place its words follow one another, whatever the case, accents and punctuation around them', async () => {
    const { phraseLocations } = await import('../../src/lib/section-rank.ts');
    const content = 'Met on 1 April. Then, on 1 april 2025, again (1 April); and 1 May. 1\nApril too. Pagefind counts words: EU-China 1 April';
    expect(phraseLocations(content, '1 April')).toEqual([2, 6, 10, 15, 22]);
    expect(phraseLocations(content, '1 April 2025')).toEqual([6]);
    expect(phraseLocations(content, 'eu china')).toEqual([21]);
    expect(phraseLocations(content, '')).toEqual([]);
    // An amount's sign counts: "2%" is not every "2".
    expect(phraseLocations('a 2 b (2%) c €2 billion', '2%')).toEqual([3]);
    expect(phraseLocations('a 2 b (2%) c €2 billion', '€2 billion')).toEqual([5]);
  });
});

describe('results of a phrase', () => {
  const page = (url: string, content: string, title = 'A brief', headings: string[] = []) => ({ url, content, meta: { title }, anchors: headings.map((text, i) => ({ element: 'h2', id: `s${i}`, text, location: 0 })) });
  it('rank the page that names the phrase in its title or a heading, then by how often it holds it', () => {
    const passing = page('passing', 'Partnerships were signed in May 2018 and later.');
    const often = page('often', 'In May 2018 the ministers met. By May 2018 they had agreed.');
    const heading = page('heading', 'The decision of 28 May 2018. The ministers agreed.', 'EU steps up', ['The decision of 28 May 2018']);
    const titled = page('titled', 'It was May 2018.', 'What May 2018 changed');
    expect(rankByPhrases([passing, often, heading, titled], ['May 2018']).map((r) => r.url)).toEqual(['titled', 'heading', 'often', 'passing']);
    // Ties keep the order they came in; a phrase's words must follow one another.
    const apart = page('apart', 'May of that year, 2018.');
    expect(rankByPhrases([apart, passing, page('again', 'Signed in May 2018.')], ['May 2018']).map((r) => r.url)).toEqual(['passing', 'again', 'apart']);
  });
});

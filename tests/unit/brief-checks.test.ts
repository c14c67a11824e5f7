import { describe, expect, it } from 'vitest';
import { invalidBrief, sameTitleProblem, sameTitles, sectionProblems } from '../../src/lib/brief-checks.ts';

const headings = [
  { depth: 2, text: 'Barriers to cooperation' },
  { depth: 3, text: 'Trust' },
  { depth: 2, text: 'Policy recommendations', id: 'recommendations' },
];

describe('section checks', () => {
  it('passes a body whose sections match the frontmatter', () => {
    expect(
      sectionProblems(
        { events: [{ section: 'barriers-to-cooperation' }], figures: [{ section: 'trust' }], formerIds: { recommendations: ['advice'] } },
        headings,
        'text',
      ),
    ).toEqual([]);
  });
  it('names an event pointing at a missing section, with its line, and lists the real ones', () => {
    const lines: Record<string, number> = { 'events.0.section': 21 };
    const [problem] = sectionProblems({ events: [{ section: 'barriers' }] }, headings, 'text', (path) => lines[path]);
    expect(problem).toEqual({
      field: 'events[0].section',
      line: 21,
      message: '"barriers" is not a section of this brief; sections of this brief: barriers-to-cooperation, trust, recommendations',
    });
    // Without the frontmatter's lines, the field alone.
    expect(sectionProblems({ events: [{ section: 'barriers' }] }, headings, 'text')[0]).not.toHaveProperty('line');
  });
  it('refuses two headings with the same id, naming both lines and placing it on the later', () => {
    const problems = sectionProblems({}, [{ ...headings[0]!, line: 12 }, { depth: 2, text: 'Barriers to Cooperation!', line: 40 }], 'text');
    expect(problems[0]).toEqual({
      field: 'body',
      line: 40,
      message: '2 headings ("Barriers to cooperation" on line 12, "Barriers to Cooperation!" on line 40) give the same section id "barriers-to-cooperation": reword one so each section has its own address',
    });
  });
  it('refuses an empty body and a body without sections', () => {
    expect(sectionProblems({}, [], '  \n')[0]).toMatchObject({ field: 'body', message: expect.stringMatching(/no text/) });
    expect(sectionProblems({}, [], 'Just a paragraph.')[0]).toMatchObject({ field: 'body', message: expect.stringMatching(/no ## section/) });
  });
  it('refuses a heading with no words to make its address from, unless it pins an id', () => {
    const problems = sectionProblems({}, [...headings, { depth: 2, text: '🚀', line: 30 }, { depth: 4, text: ' ', line: 34 }, { depth: 3, text: '🚀', id: 'launch' }], 'text');
    expect(problems).toEqual([
      { field: 'body', line: 30, message: 'the heading "🚀" has no words to make its address from: write it in words, or give it an id with ## Heading [#its-id]' },
      { field: 'body', line: 34, message: expect.stringContaining('#### Heading [#its-id]') },
    ]);
  });
  it('refuses a heading whose address would start or end with a hyphen, unless it pins an id', () => {
    const problems = sectionProblems({}, [...headings, { depth: 2, text: '🚀 Launch plans', line: 40 }, { depth: 3, text: 'Plans (draft)…', line: 44 }, { depth: 2, text: '🚀 Pinned', id: 'pinned' }], 'text');
    expect(problems).toEqual([
      { field: 'body', line: 40, message: 'the heading "🚀 Launch plans" would make the address "-launch-plans", with a hyphen at one end: drop the emoji or mark at the heading\'s start or end, or give it an id with ## Heading [#its-id]' },
    ]);
  });
  it('refuses a heading too long to name an address', () => {
    const long = `The ${'very '.repeat(30)}long heading`;
    expect(sectionProblems({}, [...headings, { depth: 2, text: long, line: 50 }], 'text')).toEqual([
      { field: 'body', line: 50, message: `a heading of ${long.length} characters: keep headings to 120, since each names its section's address; put the rest in the section's text` },
    ]);
    expect(sectionProblems({}, [...headings, { depth: 3, text: 'x'.repeat(120) }], 'text')).toEqual([]);
  });
  it('checks former ids', () => {
    const problems = sectionProblems({ formerIds: { missing: ['x'], trust: ['barriers-to-cooperation'] } }, headings, 'text');
    expect(problems.map((p) => p.field)).toEqual(['formerIds.missing', 'formerIds.trust']);
  });
});

describe('furniture sections', () => {
  it('must be sections of the brief', () => {
    expect(sectionProblems({ furniture: ['trust', 'tags'] }, headings, 'text', (path) => (path === 'furniture.1' ? 30 : undefined))).toEqual([
      { field: 'furniture[1]', line: 30, message: '"tags" is not a section of this brief; sections of this brief: barriers-to-cooperation, trust, recommendations' },
    ]);
  });
});

describe('briefs a reader could not tell apart', () => {
  it('pairs briefs whose titles differ only in case, spacing or punctuation, and no others', () => {
    const found = sameTitles([
      { id: 'a', title: 'EU and Asia' },
      { id: 'b', title: ' eu  AND asia ' },
      { id: 'c', title: 'EU and Asia, again' },
      { id: 'd', title: 'EU and Asia' },
      { id: 'e', title: 'EU and Asia.' },
      { id: 'f', title: 'EU–Russia' },
      { id: 'g', title: 'EU - Russia' },
      { id: 'h', title: 'EU Russia relations' },
    ]);
    expect(Object.fromEntries(found)).toEqual({ a: ['b', 'd', 'e'], b: ['a', 'd', 'e'], d: ['a', 'b', 'e'], e: ['a', 'b', 'd'], f: ['g'], g: ['f'] });
    expect(sameTitleProblem(['b'], 2)).toMatchObject({ field: 'title', line: 2, message: expect.stringMatching(/^the same title as b\.mdx: /) });
  });
});

describe('the error a compile throws for a brief', () => {
  it('lists every problem and points at the earliest line in the file, without a stack trace of the code that found them', () => {
    const error = invalidBrief('briefs/x.mdx', [
      { field: 'body', line: 29, message: 'two headings give one id' },
      { field: 'events[0].section', line: 20, message: 'not a section' },
      { field: 'title', message: 'too long' },
    ]);
    expect(error.message.split('\n')).toEqual([
      'Invalid brief',
      'briefs/x.mdx: body (line 29): two headings give one id',
      'briefs/x.mdx: events[0].section (line 20): not a section',
      'briefs/x.mdx: title: too long',
    ]);
    expect(error.line).toBe(20);
    expect(error.stack).toBe(error.message);
    expect(invalidBrief('briefs/x.mdx', [{ field: 'title', message: 'too long' }])).not.toHaveProperty('line');
  });
});

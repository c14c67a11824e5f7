import { describe, expect, it } from 'vitest';
import { colonInText, foldedItems, givenBefore, readYaml, unclosedQuote, yamlSyntaxProblem } from '../../src/lib/yaml-lines.ts';

describe('YAML with lines', () => {
  const text = ['- id: a', '  name: A', '- id: b', '  aliases:', '    - B', '    - Bee'].join('\n');
  it('points at a value, an item, or the object a missing field belongs to', () => {
    const yaml = readYaml(text);
    expect(yaml.data).toEqual([{ id: 'a', name: 'A' }, { id: 'b', aliases: ['B', 'Bee'] }]);
    expect(yaml.lineOf([0, 'name'])).toBe(2);
    expect(yaml.lineOf([1, 'aliases', 1])).toBe(6);
    expect(yaml.lineOf([1, 'name'])).toBe(3);
  });
  it('shifts lines for YAML that starts further down a file (frontmatter)', () => {
    expect(readYaml(text, 1).lineOf([1, 'id'])).toBe(4);
  });
  it('gives the line of a syntax error', () => {
    const yaml = readYaml('a: 1\nb: [unclosed\nc: 2');
    expect(yaml.data).toBeUndefined();
    expect(yaml.error?.line).toBeGreaterThanOrEqual(2);
  });
  it('finds the line that opened a quote it does not close, before where the parser gave up', () => {
    const file = ['---', 'title: "A"', 'source:', '  published: "2025-07-21', '  kind: news-report', 'asOf: "2025"', '---'].join('\n');
    expect(unclosedQuote(file, 6)).toBe(4);
    expect(unclosedQuote(file, 3)).toBeUndefined();
    expect(yamlSyntaxProblem(file, 6, 'a multiline key may not be an implicit key')).toEqual({
      line: 4,
      message: 'not valid YAML: this line opens a quote it does not close; end the text with the same quote on this line (the parser read on to line 6: a multiline key may not be an implicit key)',
    });
    // Closed quotes, escaped and doubled, a list item, a block of text that holds quotes.
    expect(unclosedQuote(['a: "x \\" y"', "b: 'it''s'", '- "item"', 'c: >-', '  the "quoted" word', "d: 'open"].join('\n'), 9)).toBe(6);
    expect(yamlSyntaxProblem('a: [1\nb: 2', 2, 'unexpected end')).toEqual({ line: 2, message: 'not valid YAML: unexpected end' });
  });
  it('says why a text holding ": " without quotes is not valid YAML, and only then', () => {
    expect(yamlSyntaxProblem('---\ntitle: Kallas: the EU must act\n---', 2, 'bad indentation of a mapping entry')).toEqual({
      line: 2,
      message: 'not valid YAML: the text of "title" holds ": ", which YAML reads as the start of another key; put the whole text in quotes (bad indentation of a mapping entry)',
    });
    expect(colonInText('  - label: Summit: day one')).toBe('label');
    expect(colonInText('  publisher: EU Reporter')).toBeUndefined();
    expect(colonInText('title: "Kallas: the EU must act"')).toBeUndefined();
    expect(colonInText('url: https://example.org/a')).toBeUndefined();
    expect(colonInText('summary: >-')).toBeUndefined();
    expect(colonInText('source:')).toBeUndefined();
  });
  it('names a key given twice and where it was given first, and says YAML indents with spaces', () => {
    const file = ['---', 'title: A', 'source:', '  title: The source', '  # a comment', '', '  title: Again', 'summary: S', 'title: B', '---'].join('\n');
    expect(yamlSyntaxProblem(file, 9, 'duplicated mapping key (9:1)')).toEqual({ line: 9, message: 'not valid YAML: "title" is given twice, on line 2 and on this one: keep one (duplicated mapping key (9:1))' });
    expect(givenBefore(file, 7)).toEqual({ key: 'title', line: 4 });
    // Not in the same mapping: a nested key of that name, or none before the frontmatter's start.
    expect(givenBefore(file, 4)).toBeUndefined();
    expect(givenBefore(file, 2)).toBeUndefined();
    expect(yamlSyntaxProblem('---\nsource:\n\tkind: news\n---', 3, 'tab characters must not be used in indentation (3:1)').message).toBe(
      'not valid YAML: this line is indented with a tab, and YAML indents with spaces only: indent it with spaces (tab characters must not be used in indentation (3:1))',
    );
  });

  it('finds a list item indented under the one above, which YAML reads as more of its text', () => {
    const brief = (points: string) => `---\ntitle: T\nkeyPoints:\n${points}\nsummary: >-\n  A text that\n    - quotes a dash line\n---\n\nBody\n`;
    expect(foldedItems(brief('  - One.\n    - Two.\n  - Three.'))).toEqual([{ line: 5, message: expect.stringMatching(/^this "- " line is indented deeper than the line above it, so YAML reads it as more of that text/) }]);
    // After a plain text running over lines, and after a key's text.
    expect(foldedItems(brief('  - One that runs\n    on, then\n      - Two.')).map((p) => p.line)).toEqual([6]);
    expect(foldedItems('---\ntitle: T\n  - Two\n---\n').map((p) => p.line)).toEqual([3]);
    // A list as it should be, a nested list, a quoted text and a block text (above) are left alone.
    expect(foldedItems(brief('  - One.\n  - Two.'))).toEqual([]);
    expect(foldedItems('---\nitems:\n  -\n    - a\n    - b\n---\n')).toEqual([]);
    expect(foldedItems('---\nkeyPoints:\n  - "One,\n    - still one"\n---\n')).toEqual([]);
    expect(foldedItems('No frontmatter\n  - a\n')).toEqual([]);
  });
});

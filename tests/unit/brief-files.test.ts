import { describe, expect, it } from 'vitest';
import { classifyBriefFile, ID_PATTERN, lettersOutsideIds, toId, unbuiltBriefs } from '../../src/lib/brief-files.ts';
import { inputProblems, MAX_PAGE_BYTES, pageSizeProblem } from '../../src/lib/input-limits.ts';

describe('the brief files rule', () => {
  it.each([
    ['kallas-asia-security.mdx', false, { kind: 'brief', id: 'kallas-asia-security' }],
    ['.#kallas.mdx', false, { kind: 'ignored', rule: 'hidden file' }],
    ['.kallas.mdx.swp', false, { kind: 'ignored', rule: 'hidden file' }],
    ['~$kallas.mdx', false, { kind: 'ignored', rule: 'lock file' }],
    ['kallas.mdx~', false, { kind: 'ignored', rule: 'backup or temporary file' }],
    ['kallas.mdx.orig', false, { kind: 'ignored', rule: 'backup or temporary file' }],
  ] as const)('%s', (name, isDirectory, expected) => {
    expect(classifyBriefFile(name, isDirectory)).toEqual(expected);
  });

  it.each([
    ['notes.md', false, /rename it to "notes\.mdx"/],
    ['Loud.MDX', false, /rename it to "loud\.mdx"/],
    ['picture.png', false, /only \.mdx briefs belong/],
    ['folder.mdx', true, /is a folder/],
    ['Q&A EU.mdx', false, /"Q&A EU" is not a brief id.*"q-a-eu\.mdx"/],
  ] as const)('refuses %s by name, with the fix', (name, isDirectory, message) => {
    const found = classifyBriefFile(name, isDirectory);
    expect(found.kind).toBe('refused');
    expect(found.kind === 'refused' && found.message).toMatch(message);
  });

  it('never advises a name another file has', () => {
    const taken = new Set(['kallas-asia-security.mdx', 'Kallas-Asia-Security.mdx', 'kallas-asia-security.md']);
    for (const name of ['Kallas-Asia-Security.mdx', 'kallas-asia-security.md']) {
      const found = classifyBriefFile(name, false, taken);
      expect(found.kind === 'refused' && found.message, name).toMatch(/"kallas-asia-security\.mdx" is another brief's file: if this is a copy of it, delete this one; otherwise give it an id of its own$/);
    }
    const alone = classifyBriefFile('Kallas-Asia-Security.mdx', false, new Set(['Kallas-Asia-Security.mdx']));
    expect(alone.kind === 'refused' && alone.message).toMatch(/e\.g\. "kallas-asia-security\.mdx"$/);
  });

  it('makes ids the loader accepts from any title', () => {
    for (const title of ['Q&A: EU - Asia', 'Kallas — “Asia”', 'Élysée 2025', '  spaces  ']) expect(toId(title)).toMatch(ID_PATTERN);
    expect(toId('Q&A: EU - Asia')).toBe('q-a-eu-asia');
    expect(toId('Élysée 2025')).toBe('elysee-2025');
    expect(toId("The EU's “new” deal: Kallas’s view, 'quoted'")).toBe('the-eus-new-deal-kallass-view-quoted');
    // Letters with no accent to strip are spelt as in ASCII, not dropped ("uber-stra-e").
    expect(toId('Über Straße: Łódź, Øresund, Þingvellir')).toBe('uber-strasse-lodz-oresund-thingvellir');
  });

  it('names the letters a title holds that no id can', () => {
    expect(lettersOutsideIds('Élysée, Łódź and Straße')).toEqual([]);
    expect(lettersOutsideIds('日本とEU: 日本')).toEqual(['日', '本', 'と']);
    expect(lettersOutsideIds('Россия и ЕС')).toEqual(['Р', 'о', 'с', 'и', 'я', 'Е', 'С']);
  });
});

describe('input limits', () => {
  it('passes ordinary text and names the line of each problem', () => {
    expect(inputProblems('## A\n\nSome text, *emphasis* and > quotes.\n')).toEqual([]);
    const problems = inputProblems(['ok', 'x'.repeat(10_001), '> '.repeat(21) + 'deep', '_'.repeat(100)].join('\n'));
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(inputProblems('ok\n\nCaf\uFFFD society.')).toEqual([{ line: 3, message: 'bytes that are not UTF-8 (they would show as "\uFFFD"): save the file as UTF-8' }]);
    // Elements nested across lines, a hundred deep, named once at the line that goes past; those closed where they open count for nothing.
    expect(inputProblems(`${'<em>\n'.repeat(150)}x\n${'</em>\n'.repeat(150)}`)).toEqual([{ line: 101, message: 'elements nested more than 100 deep here; close them where they end' }]);
    expect(inputProblems(`${'A <em>b</em> and <Figure x="1" />.\n'.repeat(500)}`)).toEqual([]);
    // A built page: four times a brief's greatest text, which only code can pass.
    expect(pageSizeProblem(4 * 1_000_000)).toBeUndefined();
    expect(pageSizeProblem(MAX_PAGE_BYTES + 1)).toBeDefined();
    expect(pageSizeProblem(10_200_000)).toMatch(/^the page weighs 10\.2 MB, more than the 4 MB a page of the site may: an \{expression\} writes too much/);
  });
});

describe('unbuilt briefs', () => {
  it('names the briefs found that have no built page', () => {
    const files = new Set(['briefs/a/index.html', 'briefs/c/index.html', 'index.html']);
    expect(unbuiltBriefs(['a', 'b', 'c', 'd'], files)).toEqual(['b', 'd']);
    expect(unbuiltBriefs(['a'], files)).toEqual([]);
  });
});

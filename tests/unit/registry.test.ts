import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry.ts';

describe('registry errors', () => {
  const made: string[] = [];
  afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));
  async function withPeople(edit: (text: string) => string | Buffer, file = 'entities/people.yaml'): Promise<string> {
    const dir = await mkdtemp(`${tmpdir()}/briefing-registry-`);
    made.push(dir);
    await cp('content/entities', `${dir}/entities`, { recursive: true });
    await cp('content/glossary.yaml', `${dir}/glossary.yaml`);
    await writeFile(`${dir}/${file}`, edit(await readFile(`content/${file}`, 'utf8')));
    try {
      loadRegistry(pathToFileURL(`${dir}/`));
    } catch (error) {
      // The author's to fix: no trace into the code that found it.
      expect((error as Error).stack).toBe((error as Error).message);
      return (error as Error).message;
    }
    return '';
  }
  it('names the line and the entry by its id', async () => {
    const message = await withPeople((text) => text.replace('  name: Antti Häkkänen\n', '  nam: Antti Häkkänen\n'));
    const line = (await readFile('content/entities/people.yaml', 'utf8')).split('\n').indexOf('- id: antti-hakkanen') + 1;
    expect(message).toContain(`line ${line}: entry "antti-hakkanen", name: missing: add it to the entry, as the other entries of the file have it`);
    expect(message).toMatch(/entry "antti-hakkanen": unknown key "nam": did you mean "name"\?/);
  });
  it('refuses bytes that are not UTF-8 at their line, before they are published as "\uFFFD"', async () => {
    const text = await readFile('content/entities/people.yaml', 'utf8');
    const line = text.split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1;
    expect(await withPeople((t) => Buffer.from(t, 'latin1'))).toMatch(new RegExp(`people\\.yaml: line ${line}: bytes that are not UTF-8`));
  });
  it('names the line of a repeated id, of a YAML error, and a file that is not a list', async () => {
    expect(await withPeople((text) => text.replace('- id: donald-trump', '- id: alexander-stubb'))).toMatch(/people\.yaml: line \d+: id "alexander-stubb" is listed twice/);
    expect(await withPeople((text) => `${text}\n- id: x\n  name: [unclosed\n`)).toMatch(/people\.yaml: line \d+: not valid YAML/);
    expect(await withPeople(() => 'id: x\nname: X\n')).toContain('line 1: the file (a list of entries');
    // Explained as a brief's frontmatter is: a key given twice, a tab, a colon in a text.
    expect(await withPeople((text) => text.replace('  name: Antti Häkkänen\n', '  name: Antti Häkkänen\n  name: Häkkänen\n'))).toMatch(/people\.yaml: line \d+: not valid YAML: "name" is given twice, on line \d+ and on this one: keep one/);
    expect(await withPeople((text) => text.replace('  name: Antti Häkkänen\n', '\tname: Antti Häkkänen\n'))).toMatch(/people\.yaml: line \d+: not valid YAML: this line is indented with a tab/);
    expect(await withPeople((text) => text.replace('  description: Finnish politician.', '  description: Finnish politician: President.'))).toMatch(/people\.yaml: line \d+: not valid YAML: the text of "description" holds ": "/);
  });
  it('refuses an alias that is a common word, a month or a word of grammar, which every text uses for other things', async () => {
    expect(await withPeople((text) => text.replace('  aliases:\n  - Kallas\n', '  aliases:\n  - Kallas\n  - May\n'))).toMatch(/entry "kaja-kallas", aliases\.1: "May" is a common word/);
    expect(await withPeople((text) => text.replace('  aliases:\n  - Kallas\n', '  aliases:\n  - the\n'))).toMatch(/aliases\.0: "the" is a common word/);
    // An abbreviation in capitals is a name ("US", "IT"), not the word.
    expect(await withPeople((text) => text.replace('  aliases:\n  - Kallas\n', '  aliases:\n  - Kallas\n  - KK\n'))).toBe('');
  });
  it('refuses a name or alias that would lead to two entities, naming both lines', async () => {
    const message = await withPeople((text) => text.replace('  aliases:\n  - Kallas\n', '  aliases:\n  - Kallas\n  - EU\n'));
    expect(message).toMatch(/^"EU" leads to two entities, people "kaja-kallas" and organisations "eu"|^"EU" leads to two entities, organisations "eu" and people "kaja-kallas"/);
    // The added alias's line: the one after Kallas's first alias.
    const line = (await readFile('content/entities/people.yaml', 'utf8')).split('\n').indexOf('  - Kallas') + 2;
    expect(message).toMatch(new RegExp(`people\\.yaml: line ${line}(\\n|$)`));
    expect(message).toMatch(/organisations\.yaml: line \d+/);
    // Written with other spacing, it is the same name to the mention finder.
    expect(await withPeople((text) => text.replace('  - Kallas\n', '  - Kallas\n  - "European  Union"\n'))).toMatch(/"European {2}Union" leads to two entities/);
  });
  it("refuses a country's code that is no country's, or another country's, naming the lines", async () => {
    const countries = await readFile('content/entities/countries.yaml', 'utf8');
    const lineOf = (text: string) => countries.split('\n').indexOf(text) + 1;
    expect(await withPeople((text) => text.replace('  iso: AU\n', '  iso: XX\n'), 'entities/countries.yaml')).toContain(`line ${lineOf('  iso: AU')}: entry "australia", iso: "XX" is no country's ISO 3166-1 alpha-2 code`);
    const twice = await withPeople((text) => text.replace('  iso: AU\n', '  iso: JP\n'), 'entities/countries.yaml');
    expect(twice).toMatch(/^ISO code "JP" is given to two countries: each country has its own code/);
    expect(twice).toContain(`countries.yaml: line ${lineOf('  iso: AU')} (countries "australia")`);
    expect(twice).toContain(`countries.yaml: line ${lineOf('  iso: JP')}`);
  });
  it('refuses a topic\'s name that another entity\'s matches but for case, as topics match', async () => {
    const message = await withPeople((text) => text.replace(/(- id: supply-chains\n(?:  .*\n)*?  aliases:\n)/, '$1  - japan\n'), 'entities/topics.yaml');
    expect(message).toMatch(/^"japan" leads to two entities, countries "japan" and topics "supply-chains"/);
  });
  it('refuses an abbreviation listed twice, or one that is an entity\'s name, naming both lines', async () => {
    const twice = await withPeople((text) => `${text.trimEnd()}\n- id: eu2\n  abbr: EU\n  expansion: Europa Universalis\n`, 'glossary.yaml');
    expect(twice).toMatch(/^abbreviation "EU" is listed twice[^\n]*\n  .*glossary\.yaml: line \d+\n  .*glossary\.yaml: line \d+$/);
    const named = await withPeople((text) => `${text.trimEnd()}\n- id: japan\n  abbr: Japan\n  expansion: A country\n`, 'glossary.yaml');
    expect(named).toMatch(/^abbreviation "Japan" is an entity's name[^\n]*\n  .*countries\.yaml: line \d+\n  .*glossary\.yaml: line \d+$/);
  });
  it('refuses an abbreviation that is an alias of an entity it does not spell out, in any case for a topic', async () => {
    const other = await withPeople((text) => `${text.trimEnd()}
- id: trump
  abbr: Trump
  expansion: Financial Times
`, 'glossary.yaml');
    expect(other).toMatch(/^abbreviation "Trump" stands for "Financial Times", but it is an alias of "Donald Trump"[^\n]*\n  .*people\.yaml: line \d+\n  .*glossary\.yaml: line \d+$/);
    const topic = await withPeople((text) => text.replace('- id: border-management\n  name: Border management\n  aliases:\n', '- id: border-management\n  name: Border management\n  aliases:\n  - gdp\n'), 'entities/topics.yaml');
    expect(topic).toMatch(/^abbreviation "GDP" stands for "gross domestic product", but it is an alias of "Border management"/);
    // The registry's own: "EU" for the European Union, "BEAR" for what the network's acronym stands for.
    expect(await withPeople((text) => text)).toBe('');
  });
});

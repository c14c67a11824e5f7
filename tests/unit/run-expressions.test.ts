import { parse } from 'acorn';
import type { Program } from 'estree';
import { describe, expect, it } from 'vitest';
import { componentProblems, expressionProblems, modulePrelude, type BriefEsm } from '../../src/lib/run-expressions.ts';

/** An expression as MDX records it: its source and the program acorn parses it into. */
const program = (source: string) => parse(source, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program;
/** The frontmatter, headings and file as the module exports them. */
const scope = {
  frontmatter: { title: 'A brief', source: { published: '2025-07' }, mentions: { 'countries/japan': ['outcomes'] } },
  headings: [{ depth: 2, slug: 'outcomes', text: 'Outcomes' }],
  file: '/site/content/briefs/a-brief.mdx',
};
const run = (source: string) => expressionProblems([{ source, line: 7, program: program(source) }], scope, 200);

describe("running a brief's expressions in check", () => {
  it('passes what runs, and reports what throws or never returns, with the line', () => {
    expect(run('[1, 2].map((n) => n * 2).join(" ")')).toEqual([]);
    expect(run('new Intl.NumberFormat("en-GB").format(Math.PI)')).toEqual([]);
    expect(run('JSON.parse("")')).toEqual([{ field: 'body', line: 7, message: expect.stringMatching(/^this expression throws when its page renders: SyntaxError: Unexpected end of JSON input/) }]);
    expect(run('(() => { while (true) {} })()')).toEqual([{ field: 'body', line: 7, message: 'this expression did not finish within 0.2 s: its page would never render' }]);
    // What awaits is run to its end as well: the language alone can await only what settles at once.
    expect(run('await Promise.resolve(2)')).toEqual([]);
    expect(run('await Promise.reject(new Error("later"))')).toEqual([{ field: 'body', line: 7, message: 'this expression throws when its page renders: Error: later' }]);
    expect(run('[await 1, JSON.parse("")]')).toEqual([{ field: 'body', line: 7, message: expect.stringMatching(/^this expression throws when its page renders: SyntaxError/) }]);
    expect(run('await new Promise(() => {})')).toEqual([{ field: 'body', line: 7, message: 'this expression did not finish within 0.2 s: its page would never render' }]);
    expect(run('await (async () => { while (true) {} })()')).toEqual([{ field: 'body', line: 7, message: 'this expression did not finish within 0.2 s: its page would never render' }]);
    // An object printed where it stands is printed unescaped: `new String("<script>…")` was a script.
    const printed = (source: string) => expressionProblems([{ source, line: 7, program: program(source), printed: true }], scope, 200);
    expect(printed('new String("<script>x</script>")')).toEqual([{ field: 'body', line: 7, message: expect.stringMatching(/^this expression gives an object \(String\), which its page would print unescaped/) }]);
    expect(printed('[1, ({ toString: () => "<b>" })]')).toEqual([{ field: 'body', line: 7, message: expect.stringMatching(/^this expression gives an object \(Object\)/) }]);
    expect(printed('["a", 1, ["b"]]')).toEqual([]);
    // A prop's value may be one: a chart's data is a list of objects.
    expect(run('[{ label: "a", value: 1 }]')).toEqual([]);
    // Nor is the limit on what one expression writes left to the page (`{await …}` made one of 10 MB).
    expect(run('await Promise.resolve("and so on ".repeat(100000))')).toEqual([{ field: 'body', line: 7, message: expect.stringMatching(/^this expression makes 1,000,000 characters for its page/) }]);
  });
  it("runs what reads the module's frontmatter and props, as the page renders them", () => {
    for (const source of ['frontmatter.title.toUpperCase()', 'Object.keys(frontmatter.mentions).length', 'props.components.Fragment.name', 'String(props.x)', 'getHeadings()[0].slug.length', 'file.endsWith(".mdx")']) {
      expect(run(source), source).toEqual([]);
    }
    const throws = (source: string, message: string) => expect(run(source), source).toEqual([{ field: 'body', line: 7, message: `this expression throws when its page renders: ${message}` }]);
    throws('frontmatter.source.nope.x', "TypeError: Cannot read properties of undefined (reading 'x')");
    throws('props.title.length', "TypeError: Cannot read properties of undefined (reading 'length')");
    throws('getHeadings()[1].slug', "TypeError: Cannot read properties of undefined (reading 'slug')");
    // The module's bindings are constants, and its code is strict.
    throws('(frontmatter = {})', 'TypeError: Assignment to constant variable.');
    throws('(Object.freeze({ a: 1 }).a = 2)', "TypeError: Cannot assign to read only property 'a' of object '#<Object>'");
    // Each expression gets the module's frontmatter as it was exported.
    expect(run('(frontmatter.title = "changed")')).toEqual([]);
    expect(run('frontmatter.title === "A brief" || JSON.parse("")')).toEqual([]);
  });
  it("runs the brief's own exports before its expressions, and reports an export that throws as the module loads", () => {
    // As MDX records a block of module code: its text, where it starts in the file, and acorn's tree with positions in the file.
    const block = (source: string, offset = 100): BriefEsm => {
      const parsed = parse(`${' '.repeat(offset)}${source}`, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as Program;
      return { source, line: 3, offset, program: parsed };
    };
    const esm = [block('export const year = { value: 2018 };\nexport function label(y) { return `${y.value} (${frontmatter.title})`; }'), block('export const other = 1;', 400)];
    const { prelude, problems } = modulePrelude(esm, scope, 200);
    expect(problems).toEqual([]);
    const withExports = (source: string) => expressionProblems([{ source, line: 7, program: program(source) }], { ...scope, prelude }, 200);
    expect(withExports('label(year) + other')).toEqual([]);
    expect(withExports('label(year.nope)')).toEqual([{ field: 'body', line: 7, message: "this expression throws when its page renders: TypeError: Cannot read properties of undefined (reading 'value')" }]);
    expect(modulePrelude([block('export const broken = JSON.parse("");')], scope, 200).problems).toEqual([{ field: 'body', line: 1, message: 'this export throws when the brief loads: SyntaxError: Unexpected end of JSON input' }]);
    // The line is the declaration's, in the file, whichever of a block's declarations throws.
    const two = block('export const fine = 1;\nexport const total = fine + [].reduce((a, b) => a + b);', 400);
    expect(modulePrelude([esm[0]!, two], scope, 200).problems).toEqual([{ field: 'body', line: 2, message: 'this export throws when the brief loads: TypeError: Reduce of empty array with no initial value' }]);
    expect(modulePrelude([block('export const spin = (() => { while (true) {} })();')], scope, 200).problems).toEqual([{ field: 'body', line: 1, message: 'this export did not finish within 0.2 s: the brief would never load' }]);
    // Left to the build: a module that imports, or declares a name the realm gives it.
    for (const source of ['import { x } from "./x.ts";\nexport const y = JSON.parse("");', 'export const props = JSON.parse("");', 'export function getHeadings() { return JSON.parse(""); }', 'export const y = process.exit(1);']) {
      expect(modulePrelude([block(source)], scope, 200), source).toEqual({ prelude: undefined, problems: [] });
    }
    expect(withExports('label(imported)')).toEqual([]);
  });
  it('leaves to the build what needs an import or the host', () => {
    for (const source of ['Chart.render()', 'process.exit(1)', 'require("fs")', '/* a comment */', 'import.meta.env.X.Y']) {
      expect(run(source), source).toEqual([]);
    }
  });
  it("checks a component's computed props as the component would, where they need only JavaScript", () => {
    const figure = (data: string) =>
      componentProblems([{ component: 'Figure', line: 9, props: { type: 'bar', caption: 'C', unit: 'u', source: 's' }, computed: [{ prop: 'data', source: data, program: program(data) }] }], scope, 200);
    expect(figure('["a", "b"].map((label, i) => ({ label, value: i + 1 }))')).toEqual([]);
    expect(figure('[{ label: "a", value: Number("x") }, { label: "b", value: 2 }]')).toEqual([{ field: 'body', line: 9, message: '<Figure> prop "data.0.value": NaN cannot be drawn: give a finite number, e.g. value: 2.5' }]);
    expect(figure('[{ label: "a", value: "3" }, { label: "b", value: 2 }]')).toEqual([
      { field: 'body', line: 9, message: `<Figure> prop "data.0.value": text where a number belongs: write the number without quotes, a unit or "_", e.g. value: 2.5 (the unit has a field of its own, unit)` },
    ]);
    expect(figure('props.data')).toEqual([{ field: 'body', line: 9, message: expect.stringContaining('<Figure> prop "data"') }]);
    expect(figure('[...Object.keys(frontmatter.mentions), "other"].map((label) => ({ label, value: 1 }))')).toEqual([]);
    // Left to the build: a prop from an import, and one that throws (reported on its own).
    expect(figure('imported.data')).toEqual([]);
    expect(figure('JSON.parse("")')).toEqual([]);
  });
});

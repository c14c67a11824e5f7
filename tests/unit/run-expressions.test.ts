import { parse } from 'acorn';
import type { Program } from 'estree';
import { describe, expect, it } from 'vitest';
import { componentProblems, expressionProblems } from '../../src/lib/run-expressions.ts';

/** An expression as MDX records it: its source and the program acorn parses it into. */
const program = (source: string) => parse(source, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program;
const run = (source: string) => expressionProblems([{ source, line: 7, program: program(source) }], 200);

describe("running a brief's expressions in check", () => {
  it('passes what runs, and reports what throws or never returns, with the line', () => {
    expect(run('[1, 2].map((n) => n * 2).join(" ")')).toEqual([]);
    expect(run('new Intl.NumberFormat("en-GB").format(Math.PI)')).toEqual([]);
    expect(run('JSON.parse("")')).toEqual([{ field: 'body', line: 7, message: expect.stringMatching(/^this expression throws when its page renders: SyntaxError: Unexpected end of JSON input/) }]);
    expect(run('(() => { while (true) {} })()')).toEqual([{ field: 'body', line: 7, message: 'this expression did not finish within 0.2 s: its page would never render' }]);
  });
  it('leaves to the build what needs props, frontmatter, an import or the host', () => {
    for (const source of ['props.x.y', 'frontmatter.title.z.w', 'Chart.render()', 'process.exit(1)', 'require("fs")', '/* a comment */', 'import.meta.env.X.Y']) {
      expect(run(source), source).toEqual([]);
    }
  });
  it("checks a component's computed props as the component would, where they need only JavaScript", () => {
    const figure = (data: string) =>
      componentProblems([{ component: 'Figure', line: 9, props: { type: 'bar', caption: 'C', unit: 'u', source: 's' }, computed: [{ prop: 'data', source: data, program: program(data) }] }], 200);
    expect(figure('["a", "b"].map((label, i) => ({ label, value: i + 1 }))')).toEqual([]);
    expect(figure('[{ label: "a", value: Number("x") }, { label: "b", value: 2 }]')).toEqual([{ field: 'body', line: 9, message: '<Figure> prop "data.0.value": Invalid input: expected number, received NaN' }]);
    expect(figure('[{ label: "a", value: "3" }, { label: "b", value: 2 }]')).toEqual([{ field: 'body', line: 9, message: expect.stringContaining('<Figure> prop "data.0.value"') }]);
    // Left to the build: a prop from props or an import, and one that throws (reported on its own).
    expect(figure('props.data')).toEqual([]);
    expect(figure('JSON.parse("")')).toEqual([]);
  });
});

import { Parser } from 'acorn';
import type { Program } from 'estree';
import { describe, expect, it } from 'vitest';
import { freeNames } from '../../src/lib/free-names.ts';

const parse = (code: string) => Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program;
const free = (...codes: string[]) => [...freeNames(codes.map(parse)).keys()].sort();

describe('free names', () => {
  it('finds a name used but declared nowhere', () => {
    expect(free('someUndefinedName + 1')).toEqual(['someUndefinedName']);
  });
  it('takes declarations from any program: imports, exports, parameters, patterns, functions, classes', () => {
    expect(free('import A, { b as c } from "x"; import * as ns from "y"; export const { d, e: [f, ...g] } = {};', 'A + c + ns.k + d + f + g')).toEqual([]);
    expect(free('[1, 2].map((n, { i = n }) => n * i)', 'function h(...rest) { return rest; } class K {}', 'h(K)')).toEqual([]);
    expect(free('try { 1 } catch (err) { err }')).toEqual([]);
  });
  it('does not take property names, keys, labels or import.meta for references', () => {
    expect(free('({ a: 1, [k]: 2 }).b', 'x: for (;;) break x', 'import.meta.url')).toEqual(['k']);
    expect(free('class C { m() {} p = 1 }')).toEqual([]);
  });
  it('counts a shorthand property and a computed member as references', () => {
    expect(free('({ q })', 'o[r]')).toEqual(['o', 'q', 'r']);
  });
  it('does not take the name an export gives outside for a reference', () => {
    expect(free('const local = 1; export { local as outside }')).toEqual([]);
  });
});

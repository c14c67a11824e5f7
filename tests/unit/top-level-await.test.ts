import { parse } from 'acorn';
import type { Program } from 'estree';
import { describe, expect, it } from 'vitest';
import { awaitsAtTopLevel } from '../../src/lib/top-level-await.ts';

const awaits = (source: string) => awaitsAtTopLevel(parse(source, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Program);

describe('code that awaits outside a function of its own', () => {
  it('finds an await in an expression, a prop or an export, however deep', () => {
    expect(awaits('await x')).toBe(true);
    expect(awaits('[1, (await x).y]')).toBe(true);
    expect(awaits('export const v = f(await g())')).toBe(true);
    expect(awaits('for await (const x of xs) {}')).toBe(true);
  });
  it("leaves an await inside a function's own body alone, and code without one", () => {
    expect(awaits('async () => await x')).toBe(false);
    expect(awaits('(async function () { await x })()')).toBe(false);
    expect(awaits('export async function f() { await x }')).toBe(false);
    expect(awaits('[1, 2].map((n) => n * 2)')).toBe(false);
  });
});

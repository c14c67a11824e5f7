import { describe, expect, it } from 'vitest';
import { moduleExports } from '../../src/lib/module-exports.ts';

describe('moduleExports', () => {
  it('reads the names a TypeScript module exports', () => {
    const text = [
      'export const a = 1;',
      'export async function b() {}',
      'export class C {}',
      'export type T = string;',
      'const d = 2, e = 3;',
      'export { d, e as f };',
      '// export const commented = 1;',
      '/* export function alsoCommented() {} */',
      'export default function () {}',
    ].join('\n');
    expect([...moduleExports('x.ts', text)!].sort()).toEqual(['C', 'T', 'a', 'b', 'd', 'default', 'f']);
  });
  it('gives up where it cannot tell', () => {
    expect(moduleExports('x.ts', 'export * from "./y.ts";')).toBeUndefined();
    expect(moduleExports('x.ts', 'export const { a, b } = obj;')).toBeUndefined();
    expect(moduleExports('x.json', '{ not json')).toBeUndefined();
  });
  it("reads a JSON file's top-level keys, and a component file's default", () => {
    expect([...moduleExports('x.json', '{ "rows": [], "title": "T" }')!].sort()).toEqual(['default', 'rows', 'title']);
    expect([...moduleExports('X.astro', '---\nexport const x = 1;\n---')!]).toEqual(['default']);
  });
});

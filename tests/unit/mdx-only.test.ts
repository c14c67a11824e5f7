import { describe, expect, it } from 'vitest';
import { findMdxOnlySyntax } from '../../src/lib/mdx-only.ts';

describe('MDX-only syntax', () => {
  it('finds components, imports and expressions with their line', () => {
    expect(findMdxOnlySyntax('## A\n\nText <Chart data="x" /> here.', 10)).toEqual({ text: '<Chart', line: 13 });
    expect(findMdxOnlySyntax('import X from "./x.js"\n\nText')).toEqual({ text: 'import', line: 1 });
    expect(findMdxOnlySyntax('Sum {1 + 1}')?.text).toBe('{');
  });
  it('leaves plain Markdown, code and escaped braces alone', () => {
    expect(findMdxOnlySyntax('Text with `{code}` and\n```\n<Comp />\n```\nand \\{escaped} and <abbr>x</abbr>.')).toBeUndefined();
  });
});

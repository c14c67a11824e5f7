import { parseExpressionAt } from 'acorn';
import type { Expression } from 'estree';
import { describe, expect, it } from 'vitest';
import { staticValue } from '../../src/lib/static-value.ts';

const value = (code: string) => staticValue(parseExpressionAt(code, 0, { ecmaVersion: 'latest' }) as unknown as Expression);

describe('static values of props', () => {
  it('evaluates literals, arrays and plain objects', () => {
    expect(value('[{ label: "Transport", value: 3 }, { "label": `Raw`, value: -2.5 }]')).toEqual([
      { label: 'Transport', value: 3 },
      { label: 'Raw', value: -2.5 },
    ]);
    expect(value('null')).toBeNull();
    expect(value('true')).toBe(true);
    // So a chart given NaN or an infinite value is refused with its line before anything runs.
    expect(value('[NaN, -Infinity, 1e400]')).toEqual([NaN, -Infinity, Infinity]);
  });
  it('leaves anything computed to the component', () => {
    for (const code of ['amounts[0]', '[1, x]', '{ [key]: 1 }', 'undefined', 'amount', '`a${b}`', '{ ...rest }', '/re/', '{ __proto__: { polluted: 1 } }']) expect(value(code), code).toBeUndefined();
  });
});

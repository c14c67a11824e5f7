import { describe, expect, it } from 'vitest';
import { alternation } from '../../src/lib/alternation.ts';
import { splitText } from '../../src/plugins/split-text.ts';

describe('text splitting for the plugins', () => {
  it('wraps ranges and keeps the text around them', () => {
    const em = (value: string) => ({ type: 'element' as const, tagName: 'em', properties: {}, children: [{ type: 'text' as const, value }] });
    expect(splitText('the EU and the UN', [{ start: 4, end: 6, wrap: em }, { start: 15, end: 17, wrap: em }])).toEqual([
      { type: 'text', value: 'the ' },
      em('EU'),
      { type: 'text', value: ' and the ' },
      em('UN'),
    ]);
    expect(splitText('nothing', [])).toBeUndefined();
  });
  it('builds a longest-first alternation of escaped words', () => {
    expect(alternation(['EU', 'Caliber.az', 'European Union'])).toBe('European Union|Caliber\\.az|EU');
  });
});

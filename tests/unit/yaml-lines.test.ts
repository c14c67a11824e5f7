import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/lib/yaml-lines.ts';

describe('YAML with lines', () => {
  const text = ['- id: a', '  name: A', '- id: b', '  aliases:', '    - B', '    - Bee'].join('\n');
  it('points at a value, an item, or the object a missing field belongs to', () => {
    const yaml = readYaml(text);
    expect(yaml.data).toEqual([{ id: 'a', name: 'A' }, { id: 'b', aliases: ['B', 'Bee'] }]);
    expect(yaml.lineOf([0, 'name'])).toBe(2);
    expect(yaml.lineOf([1, 'aliases', 1])).toBe(6);
    expect(yaml.lineOf([1, 'name'])).toBe(3);
  });
  it('shifts lines for YAML that starts further down a file (frontmatter)', () => {
    expect(readYaml(text, 1).lineOf([1, 'id'])).toBe(4);
  });
  it('gives the line of a syntax error', () => {
    const yaml = readYaml('a: 1\nb: [unclosed\nc: 2');
    expect(yaml.data).toBeUndefined();
    expect(yaml.error?.line).toBeGreaterThanOrEqual(2);
  });
});

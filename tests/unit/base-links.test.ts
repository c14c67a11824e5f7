import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../src/plugins/rehype-base-links.ts';

const el = (tagName: string, properties: Element['properties']): Element => ({ type: 'element', tagName, properties, children: [] });

describe('site addresses under a base path', () => {
  it('prefixes site-relative links and images, and nothing else', () => {
    const tree: Root = {
      type: 'root',
      children: [el('a', { href: '/briefs/x/#y' }), el('img', { src: '/images/c.png' }), el('a', { href: '//host.example/' }), el('a', { href: 'https://example.org/' }), el('span', { src: '/x' })],
    };
    rehypeBaseLinks({ base: '/briefing/' })(tree);
    expect(tree.children.map((node) => (node as Element).properties)).toEqual([
      { href: '/briefing/briefs/x/#y' },
      { src: '/briefing/images/c.png' },
      { href: '//host.example/' },
      { href: 'https://example.org/' },
      { src: '/x' },
    ]);
  });
});

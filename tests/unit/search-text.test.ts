import { describe, expect, it } from 'vitest';
import { searchableHtml } from '../../src/lib/search-text.ts';

describe('searchableHtml', () => {
  it('puts a space at the edges of elements whose text stands apart, so their words never join', () => {
    expect(searchableHtml('<dl><dt>Original title</dt><dd>The Perks</dd></dl>')).toBe(' <dl> <dt>Original title</dt>  <dd>The Perks</dd> </dl> ');
    expect(searchableHtml('<tr><th scope="col">The EU</th><th>Russia</th></tr>')).toBe(' <tr> <th scope="col">The EU</th>  <th>Russia</th> </tr> ');
    expect(searchableHtml('<span>3 briefs</span><details><summary>Countries</summary></details>')).toBe('<span>3 briefs</span> <details> <summary>Countries</summary> </details> ');
    expect(searchableHtml('<FIGCAPTION>Map</FIGCAPTION>x')).toBe(' <FIGCAPTION>Map</FIGCAPTION> x');
  });

  it('leaves words that inline elements split alone, and tags that only begin like a listed one', () => {
    const inline = '<span>The <em>EU</em>’s <a href="/x/">Global</a><strong>way</strong>, <abbr title="x">UN</abbr>s, <data value="1">one</data><time>2018</time></span>';
    expect(searchableHtml(inline)).toBe(inline);
  });
});

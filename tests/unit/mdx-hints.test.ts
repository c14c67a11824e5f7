import { describe, expect, it } from 'vitest';
import { mdxErrorLine, withMdxHint } from '../../src/lib/mdx-hints.ts';

describe('hints on the MDX compiler\'s syntax errors', () => {
  it('says what to write for the errors prose runs into, once, and leaves the others alone', () => {
    const lt = withMdxHint('Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_`');
    expect(lt).toMatch(/; a "<" in the text starts a tag in MDX: to write the character itself, write \\< \(or "less than"\)$/);
    expect(withMdxHint(lt)).toBe(lt);
    expect(withMdxHint('Unexpected end of file in expression, expected a corresponding closing brace for `{`')).toMatch(/write \\\{ and \\\}$/);
    expect(withMdxHint('Could not parse expression with acorn')).toMatch(/write \\\{ and \\\}$/);
    expect(withMdxHint('Could not parse import/exports with acorn')).toMatch(/put a blank line after it, before the text$/);
    expect(withMdxHint('Expected a closing tag for `<em>` (35:4-35:8) before the end of `paragraph`')).toMatch(/close the tag within its paragraph/);
    expect(withMdxHint('Something else entirely')).toBe('Something else entirely');
    // A component left open is closed on a line of its own; an HTML comment is not MDX.
    expect(withMdxHint('Expected a closing tag for `<Quote by="x">` (9:1-9:9)')).toMatch(/close the component with <\/Quote> on a line/);
    expect(withMdxHint('Expected a closing tag for `<Callout>` (92:1-92:40)')).toMatch(/close the component with <\/Callout> on a line of its own/);
    const comment = withMdxHint('Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_`');
    expect(comment).toMatch(/an HTML comment \(<!-- … -->\) is not MDX: write a comment as \{\/\* … \*\/\}$/);
    expect(comment).not.toMatch(/write \\</);
  });

  it('finds the line of an error that gives its place only in its message', () => {
    expect(mdxErrorLine({ message: 'Expected a closing tag for `<Callout>` (92:1-92:40) before the end of `paragraph`' })).toBe(92);
    expect(mdxErrorLine({ message: '35:4: Unexpected character' })).toBe(35);
    expect(mdxErrorLine({ line: 7, message: '(92:1-92:40)' })).toBe(7);
    expect(mdxErrorLine({ message: 'no place' })).toBeUndefined();
  });
});

import { readdir, readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../src/lib/text-fragment.ts';

/**
 * Passage-level provenance, checked against the source texts themselves (a copy of the captures
 * the briefs are written from, in tests/fixtures/sources/): every section names its passage, and
 * the words that locate it (and its URL text fragment) occur in its source.
 */
const SOURCES = 'tests/fixtures/sources/';
const normalise = (text: string) =>
  text.normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\\_/g, '_').replace(/\s+/g, ' ').toLowerCase();
const sources = await Promise.all(
  (await readdir(SOURCES)).filter((f) => f.endsWith('.txt')).map(async (f) => ({ file: f, text: normalise(await readFile(`${SOURCES}${f}`, 'utf8')) })),
);
const briefs = await Promise.all(
  (await readdir('content/briefs')).filter((f) => f.endsWith('.mdx')).map(async (f) => ({ file: f, text: await readFile(`content/briefs/${f}`, 'utf8') })),
);

describe('provenance of every section', () => {
  it.each(briefs.map((b) => [b.file, b.text] as const))('%s', (_file, text) => {
    const { frontmatter, content } = parseFrontmatter(text);
    const title = normalise(String((frontmatter['source'] as { title: string }).title));
    const source = sources.find((s) => s.text.includes(title.slice(0, 40)));
    expect(source, `a source whose text carries the title "${title}"`).toBeDefined();
    const blocks = content.split(/^## /m).slice(1);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const heading = block.split('\n')[0];
      const from = /^<From part="([^"]+)" words="([^"]+)"/m.exec(block.split('\n').slice(1).join('\n').trim());
      expect(from, `section "${heading}" opens with <From part="…" words="…" />`).not.toBeNull();
      const [, part, words] = from!;
      expect(part!.length).toBeGreaterThan(3);
      expect(words!.trim().split(/\s+/).length, `"${words}" is 3 to 8 words`).toBeGreaterThanOrEqual(3);
      expect(source!.text, `section "${heading}": "${words}" occurs in ${source!.file}`).toContain(normalise(words!));
      // The fragment a reader's browser searches for decodes back to the same words.
      const fragment = decodeURIComponent(textFragmentUrl('https://example.org/a', words!).split('#:~:text=')[1]!);
      expect(source!.text).toContain(normalise(fragment));
    }
  });
});

describe('text fragments', () => {
  it('encode the characters that are syntax in a fragment', () => {
    expect(textFragmentUrl('https://example.org/page#top', 'EU-Central Asia, and more & less')).toBe(
      'https://example.org/page#:~:text=EU%2DCentral%20Asia%2C%20and%20more%20%26%20less',
    );
  });
});

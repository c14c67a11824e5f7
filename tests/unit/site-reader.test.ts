import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { SiteReaderThread } from '../../src/integrations/site-reader.ts';

// The thread the build feeds as Astro renders (src/middleware.ts): a real worker and a real Pagefind.
describe('the build’s site reader thread', () => {
  it('reads pages as they come, reads back the rest, and writes a search index of the marked ones', async () => {
    const dir = await mkdtemp(`${tmpdir()}/reader-`);
    const reader = new SiteReaderThread({ base: '/', origin: 'http://localhost' });
    try {
      const brief = '<html lang="en"><body><main data-pagefind-body><h1>Kazakhstan</h1><h2 id="trade">Trade</h2><p>Transport corridors.</p></main></body></html>';
      await mkdir(`${dir}/briefs/a`, { recursive: true });
      await writeFile(`${dir}/briefs/a/index.html`, brief);
      await writeFile(`${dir}/index.html`, '<a href="/briefs/a/#trade">a</a>');
      await writeFile(`${dir}/404.html`, '<p>Not found</p>');
      await reader.add('/briefs/a/', brief);
      await reader.add('/404/', '<p>Not found</p>');
      const reading = await reader.finish(dir);
      expect({ pages: reading.pages, readBack: reading.readBack, searchable: reading.searchable, broken: reading.broken }).toEqual({ pages: 3, readBack: 1, searchable: 1, broken: [] });
      expect(await reader.write(dir)).toBe(1);
      expect((await readdir(`${dir}/pagefind`)).some((file) => file.endsWith('.pf_meta'))).toBe(true);
    } finally {
      await reader.close();
      await rm(dir, { recursive: true });
    }
  });

  it('fails with what went wrong in the thread, naming the page', async () => {
    const reader = new SiteReaderThread({ base: '/', origin: 'http://localhost' });
    try {
      await reader.add('/briefs/a/', '<p>a</p>');
      await reader.add('/briefs/a/', '<p>a</p>');
      await expect(reader.finish('/nonexistent')).rejects.toThrow('briefs/a/index.html: briefs/a/index.html was handed to the checks twice');
      await expect(reader.add('/briefs/b/', '<p>b</p>')).rejects.toThrow('handed to the checks twice');
    } finally {
      await reader.close();
    }
  });
});

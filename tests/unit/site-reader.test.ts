import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { SiteReaderThread } from '../../src/integrations/site-reader.ts';

// The thread the build feeds as Astro renders (src/middleware.ts): a real worker and a real Pagefind.
describe('the build’s site reader thread', () => {
  it('reads pages as they come, reads back the rest, and writes a search index of the marked ones', async () => {
    const dir = await mkdtemp(`${tmpdir()}/reader-`);
    const reader = new SiteReaderThread({ base: '/', origin: 'http://localhost', outDir: dir, searchPartPages: 100 });
    try {
      const brief = '<html lang="en"><body><main data-pagefind-body><h1>Kazakhstan</h1><h2 id="trade">Trade</h2><p>Transport corridors.</p></main></body></html>';
      await mkdir(`${dir}/briefs/a`, { recursive: true });
      await writeFile(`${dir}/briefs/a/index.html`, brief);
      await writeFile(`${dir}/index.html`, '<a href="/briefs/a/#trade">a</a>');
      await writeFile(`${dir}/404.html`, '<p>Not found</p>');
      await reader.add('/briefs/a/', brief);
      await reader.add('/404/', '<p>Not found</p>');
      const reading = await reader.finish();
      expect({ pages: reading.pages, readBack: reading.readBack, searchable: reading.searchable, broken: reading.broken }).toEqual({ pages: 3, readBack: 1, searchable: 1, broken: [] });
      expect(await reader.write()).toEqual({ pages: 1, parts: 1 });
      expect((await readdir(`${dir}/pagefind`)).some((file) => file.endsWith('.pf_meta'))).toBe(true);
      expect(JSON.parse(await readFile(`${dir}/pagefind/parts.json`, 'utf8'))).toEqual([]);
    } finally {
      await reader.close();
      await rm(dir, { recursive: true });
    }
  });

  it('writes an archive’s index in parts as they fill, each holding only what the search page merges', async () => {
    const dir = await mkdtemp(`${tmpdir()}/reader-`);
    let parts = 0;
    const reader = new SiteReaderThread({ base: '/', origin: 'http://localhost', outDir: dir, searchPartPages: 2 }, () => parts++);
    try {
      for (let n = 1; n <= 5; n++) {
        const page = `<html lang="en"><body><main data-pagefind-body><h1>Brief ${n}</h1><p>Corridor number ${n}.</p></main></body></html>`;
        await mkdir(`${dir}/briefs/b${n}`, { recursive: true });
        await writeFile(`${dir}/briefs/b${n}/index.html`, page);
        await reader.add(`/briefs/b${n}/`, page);
      }
      expect((await reader.finish()).searchable).toBe(5);
      expect(await reader.write()).toEqual({ pages: 5, parts: 3 });
      // The build is told as each full part starts to be written, to hand its garbage back.
      expect(parts).toBe(2);
      const folders: string[] = JSON.parse(await readFile(`${dir}/pagefind/parts.json`, 'utf8'));
      expect(folders).toEqual(['parts/1/', 'parts/2/']);
      const counts = [];
      for (const folder of ['', ...folders]) {
        const entry = JSON.parse(await readFile(`${dir}/pagefind/${folder}pagefind-entry.json`, 'utf8'));
        counts.push(entry.languages.en.page_count);
        const files = await readdir(`${dir}/pagefind/${folder}`);
        // Only the main index carries Pagefind's code and WebAssembly, which the parts share.
        expect(files.includes('pagefind.js'), folder).toBe(folder === '');
        expect(files.some((f) => f.startsWith('wasm.')), folder).toBe(folder === '');
      }
      expect(counts).toEqual([1, 2, 2]);
    } finally {
      await reader.close();
      await rm(dir, { recursive: true });
    }
  });

  it('fails with what went wrong in the thread, naming the page', async () => {
    const reader = new SiteReaderThread({ base: '/', origin: 'http://localhost', outDir: '/nonexistent', searchPartPages: 100 });
    try {
      await reader.add('/briefs/a/', '<p>a</p>');
      await reader.add('/briefs/a/', '<p>a</p>');
      await expect(reader.finish()).rejects.toThrow('briefs/a/index.html: briefs/a/index.html was handed to the checks twice');
      await expect(reader.add('/briefs/b/', '<p>b</p>')).rejects.toThrow('handed to the checks twice');
    } finally {
      await reader.close();
    }
  });
});

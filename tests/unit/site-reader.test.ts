import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { SiteReaderThread } from '../../src/integrations/site-reader.ts';
import { decodeFragment, fragmentId } from '../../src/lib/pagefind-fragment.ts';

// The thread the build feeds as Astro renders (src/middleware.ts): a real worker and a real Pagefind.
/** A page as the middleware hands it over: the bytes Astro writes. */
const bytes = (html: string) => new TextEncoder().encode(html);

describe('the build’s site reader thread', () => {
  it('reads pages as they come, reads back the rest, and writes a search index of the marked ones', async () => {
    const dir = await mkdtemp(`${tmpdir()}/reader-`);
    const reader = new SiteReaderThread({ base: '/', origin: 'http://localhost', outDir: dir, searchPartPages: 100 });
    try {
      const brief = '<html lang="en"><body><main data-pagefind-body><h1>Kazakhstan</h1><span data-pagefind-meta="date">2025-03</span><h2 id="trade">Trade</h2><p>Transport corridors.</p></main></body></html>';
      await mkdir(`${dir}/briefs/a`, { recursive: true });
      await writeFile(`${dir}/briefs/a/index.html`, brief);
      await writeFile(`${dir}/index.html`, '<a href="/briefs/a/#trade">a</a>');
      await writeFile(`${dir}/404.html`, '<p>Not found</p>');
      const page = bytes(brief);
      await reader.add('/briefs/a/', page);
      // Astro still writes the page it handed over.
      expect(new TextDecoder().decode(page)).toBe(brief);
      await reader.add('/404/', bytes('<p>Not found</p>'));
      const reading = await reader.finish();
      expect({ pages: reading.pages, readBack: reading.readBack, searchable: reading.searchable, broken: reading.broken }).toEqual({ pages: 3, readBack: 1, searchable: 1, broken: [] });
      expect(await reader.write()).toEqual({ pages: 1, parts: 1 });
      expect((await readdir(`${dir}/pagefind`)).some((file) => file.endsWith('.pf_meta'))).toBe(true);
      // A site whose briefs fit in one part has the main index alone.
      expect(JSON.parse(await readFile(`${dir}/pagefind/parts.json`, 'utf8'))).toEqual({ main: { pages: 1, newest: '2025-03', oldest: '2025-03' }, parts: [] });
    } finally {
      await reader.close();
      await rm(dir, { recursive: true });
    }
  });

  it('writes an archive’s briefs in parts as they fill, newest first, each holding only what the search page merges', async () => {
    const dir = await mkdtemp(`${tmpdir()}/reader-`);
    let parts = 0;
    const reader = new SiteReaderThread({ base: '/', origin: 'http://localhost', outDir: dir, searchPartPages: 2, releasePages: 4 }, () => parts++);
    const add = async (path: string, page: string) => {
      await mkdir(`${dir}${path}`, { recursive: true });
      await writeFile(`${dir}${path}index.html`, page);
      await reader.add(path, bytes(page));
    };
    try {
      // Briefs come newest first, as Astro renders them; a page about an entity has no date.
      await add('/countries/kazakhstan/', '<html lang="en"><body><main data-pagefind-body><h1>Kazakhstan</h1></main></body></html>');
      for (let n = 1; n <= 5; n++) {
        await add(`/briefs/b${n}/`, `<html lang="en"><body><main data-pagefind-body><h1>Brief ${n}</h1><div hidden data-pagefind-ignore><span data-pagefind-meta="date">202${6 - n}-01</span></div><p>Corridor number ${n}.</p></main></body></html>`);
      }
      await add('/topics/trade/', '<html lang="en"><body><main data-pagefind-body><h1>Trade</h1></main></body></html>');
      // The page after the last brief ends the briefs: their last part is written then, while the
      // rest of the site renders, not when the index is.
      const lastPart = `${dir}/pagefind/parts/3/pagefind-entry.json`;
      await expect.poll(() => existsSync(lastPart), { timeout: 20_000, interval: 50 }).toBe(true);
      expect((await reader.finish()).searchable).toBe(7);
      expect(await reader.write()).toEqual({ pages: 7, parts: 4 });
      // The build is told to hand its garbage back as a part starts to be written, once every
      // 4 pages here: before the second part (2 + 2), not the third (1 more).
      expect(parts).toBe(1);
      const file = JSON.parse(await readFile(`${dir}/pagefind/parts.json`, 'utf8'));
      const key = expect.stringMatching(/^en_[0-9a-f]+$/);
      expect(file).toEqual({
        main: { pages: 0 },
        parts: [
          { folder: 'parts/1/', pages: 2, newest: '2025-01', oldest: '2024-01', key },
          { folder: 'parts/2/', pages: 2, newest: '2023-01', oldest: '2022-01', key },
          { folder: 'parts/3/', pages: 1, newest: '2021-01', oldest: '2021-01', key },
        ],
      });
      // The main index's directory: a record of each part's words, under the id parts.json gives,
      // with the words of its metadata (the date, the title taken from the heading).
      const records = new Map<string, string>();
      for (const name of await readdir(`${dir}/pagefind/fragment`)) records.set(fragmentId(name), decodeFragment(await readFile(`${dir}/pagefind/fragment/${name}`)).content);
      expect(records.get(file.parts[2].key)!.split(' ').sort()).toEqual(['2021-01', '5', '5.', 'brief', 'corridor', 'number']);
      expect(records.get(file.parts[0].key)!.split(' ').sort()).toEqual(['1', '1.', '2', '2.', '2024-01', '2025-01', 'brief', 'corridor', 'number']);
      const counts = [];
      for (const folder of ['', ...file.parts.map((p: { folder: string }) => p.folder)]) {
        const entry = JSON.parse(await readFile(`${dir}/pagefind/${folder}pagefind-entry.json`, 'utf8'));
        counts.push(entry.languages.en.page_count);
        const files = await readdir(`${dir}/pagefind/${folder}`);
        // Only the main index carries Pagefind's code and WebAssembly, which the parts share.
        expect(files.includes('pagefind.js'), folder).toBe(folder === '');
        expect(files.some((f) => f.startsWith('wasm.')), folder).toBe(folder === '');
      }
      // The main index holds the two pages about entities, which every search looks through, and the directory.
      expect(counts).toEqual([5, 2, 2, 1]);
    } finally {
      await reader.close();
      await rm(dir, { recursive: true });
    }
  });

  // In a process of its own, whose event loop holds nothing else, as a build's does once its pages
  // are rendered: a 20,000-brief build exited mid-check, with status 0, when the answers for its
  // last pages came while it waited for the checks, and the thread was let go of at the last one.
  it('holds the process until it answers, when pages are still being read as the checks are asked for', async () => {
    const dir = await mkdtemp(`${tmpdir()}/reader-`);
    try {
      // 50 pages handed over as rendered, and 400 not: reading those back keeps the answer coming
      // after the pages'.
      for (let n = 0; n < 50; n++) {
        await mkdir(`${dir}/h${n}`, { recursive: true });
        await writeFile(`${dir}/h${n}/index.html`, '<p>handed over</p>');
      }
      for (let n = 0; n < 400; n++) {
        await mkdir(`${dir}/p${n}`, { recursive: true });
        await writeFile(`${dir}/p${n}/index.html`, `<a href="/p${(n + 1) % 400}/">next</a>`);
      }
      const script = `
        const { SiteReaderThread } = await import(${JSON.stringify(new URL('../../src/integrations/site-reader.ts', import.meta.url).href)});
        const reader = new SiteReaderThread({ base: '/', origin: 'http://localhost', outDir: ${JSON.stringify(dir)}, searchPartPages: 100 });
        for (let n = 0; n < 50; n++) await reader.add('/h' + n + '/', new TextEncoder().encode('<p>handed over</p>'));
        const reading = await reader.finish();
        console.log('read', reading.pages);
        await reader.close();`;
      await writeFile(`${dir}/reader.mjs`, script);
      const child = spawnSync(process.execPath, [`${dir}/reader.mjs`], { encoding: 'utf8' });
      expect(child.stdout + child.stderr).toContain('read 450');
      expect(child.status).toBe(0);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('fails with what went wrong in the thread, naming the page', async () => {
    const reader = new SiteReaderThread({ base: '/', origin: 'http://localhost', outDir: '/nonexistent', searchPartPages: 100 });
    try {
      await reader.add('/briefs/a/', bytes('<p>a</p>'));
      await reader.add('/briefs/a/', bytes('<p>a</p>'));
      await expect(reader.finish()).rejects.toThrow('briefs/a/index.html: briefs/a/index.html was handed to the checks twice');
      await expect(reader.add('/briefs/b/', bytes('<p>b</p>'))).rejects.toThrow('handed to the checks twice');
    } finally {
      await reader.close();
    }
  });
});

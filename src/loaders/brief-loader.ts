import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { findMdxOnlySyntax, mdxOnlyMessage } from '../lib/mdx-only.ts';
import { createRenderPool, type Rendered } from './render-pool.ts';

/** A fingerprint of the code that shapes a rendered brief, so a changed plugin re-renders everything. */
function renderingFingerprint(contentDir: URL): string {
  const hash = createHash('sha256');
  for (const dir of ['src/plugins', 'src/lib', 'src/markdown', 'src/loaders']) {
    for (const name of readdirSync(dir).sort()) hash.update(readFileSync(`${dir}/${name}`));
  }
  for (const name of readdirSync(new URL('entities/', contentDir)).sort()) hash.update(readFileSync(new URL(`entities/${name}`, contentDir)));
  hash.update(readFileSync(new URL('glossary.yaml', contentDir)));
  return hash.digest('hex');
}

/**
 * Loads the briefs (`*.mdx`) into the content layer and renders their bodies there, through the
 * site's unified Markdown pipeline, on worker threads. Astro's glob loader would compile each MDX
 * file into a JavaScript module for the bundler: at 5,000 briefs that is minutes and gigabytes,
 * for bodies that are plain Markdown. The rendered HTML goes to a file in Astro's cache folder and
 * the store keeps only its headings, mentions and path: kept in the store, 5,000 bodies would be
 * bundled into the build and held in memory twice. Entries are cached by content (and by the code
 * and registry that shape them), so an unchanged brief is not rendered again. MDX-only syntax is
 * refused with the file named, since it would not render.
 */
export function briefLoader(contentDir: URL, base: string): Loader {
  const dir = new URL('briefs/', contentDir);
  return {
    name: 'briefing:briefs',
    load: async (context) => {
      const fingerprint = renderingFingerprint(contentDir);
      const htmlDir = new URL('briefing-rendered/', context.config.cacheDir);
      await mkdir(htmlDir, { recursive: true });
      const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
      const ids = new Set(names.map((name) => name.slice(0, -'.mdx'.length)));
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      const pool = createRenderPool(base);
      try {
        const results = await Promise.allSettled(names.map((name) => loadOne(context, new URL(name, dir), fingerprint, htmlDir, pool.render)));
        const errors = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as Error).message);
        if (errors.length > 0) throw new Error(errors.join('\n'));
      } finally {
        await pool.close();
      }
      context.watcher?.add(fileURLToPath(dir));
      context.watcher?.on('all', async (_event, path) => {
        if (!path.startsWith(fileURLToPath(dir)) || !path.endsWith('.mdx')) return;
        try {
          await loadOne(context, pathToFileURL(path), renderingFingerprint(contentDir), htmlDir, (text, url) => context.renderMarkdown(text, { fileURL: url }));
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      });
    },
  };
}

async function loadOne(
  context: LoaderContext,
  url: URL,
  fingerprint: string,
  htmlDir: URL,
  render: (text: string, url: URL) => Promise<Rendered>,
): Promise<void> {
  const path = fileURLToPath(url);
  const id = path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);
  const filePath = relative(process.cwd(), path);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new Error(`${filePath}: file name: "${id}" is not a brief id; name the file in lowercase words joined by hyphens, e.g. "kallas-asia-security.mdx"`);
  }
  const text = await readFile(url, 'utf8');
  const digest = context.generateDigest(`${fingerprint}\n${text}`);
  const htmlFile = new URL(`${id}.html`, htmlDir);
  if (context.store.get(id)?.digest === digest && existsSync(htmlFile)) return;
  const { frontmatter, content } = await named(filePath, () => parseFrontmatter(text));
  const mdx = findMdxOnlySyntax(content, text.slice(0, text.length - content.length).split('\n').length - 1);
  if (mdx) throw new Error(`${filePath}: body (line ${mdx.line}): ${mdxOnlyMessage(mdx)}`);
  const data = await named(filePath, () => context.parseData({ id, data: frontmatter, filePath }));
  const { html, metadata } = await render(text, url);
  await writeFile(htmlFile, html);
  const pluginData = { ...metadata?.frontmatter, htmlFile: fileURLToPath(htmlFile) };
  context.store.set({ id, data, filePath, digest, rendered: { html: '', metadata: { headings: metadata?.headings ?? [], frontmatter: pluginData, imagePaths: [] } } });
}

/** Runs a step, putting the brief's file at the head of any error (Astro's own messages omit it). */
async function named<T>(filePath: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const message = (error as Error).message.replace(/\*\*/g, '');
    throw new Error(message.startsWith(filePath) ? message : `${filePath}: ${message}`);
  }
}

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';

/** MDX-only syntax: ESM imports/exports, JSX components and `{expressions}` outside code. */
const MDX_ONLY = /^(?:import|export)\s|<[A-Z][\w.]*[\s/>]|(?<![\\`])\{(?![^`\n]*`)/m;

/** A fingerprint of the code that shapes a rendered brief, so a changed plugin re-renders everything. */
function renderingFingerprint(contentDir: URL): string {
  const hash = createHash('sha256');
  for (const dir of ['src/plugins', 'src/lib']) {
    for (const name of readdirSync(dir).sort()) hash.update(readFileSync(`${dir}/${name}`));
  }
  for (const name of readdirSync(new URL('entities/', contentDir)).sort()) hash.update(readFileSync(new URL(`entities/${name}`, contentDir)));
  hash.update(readFileSync(new URL('glossary.yaml', contentDir)));
  return hash.digest('hex');
}

/**
 * Loads the briefs (`*.mdx`) into the content layer and renders their bodies there, through the
 * site's unified Markdown pipeline. Astro's glob loader would compile each MDX file into a
 * JavaScript module for the bundler: at 5,000 briefs that is minutes and gigabytes, for bodies
 * that are plain Markdown. Rendered entries are cached by content (and by the code and registry
 * that shape them), so an unchanged brief is not rendered again. MDX-only syntax is refused with
 * the file named, since it would not render.
 */
export function briefLoader(contentDir: URL): Loader {
  const dir = new URL('briefs/', contentDir);
  return {
    name: 'briefing:briefs',
    load: async (context) => {
      const fingerprint = renderingFingerprint(contentDir);
      const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
      const ids = new Set(names.map((name) => name.slice(0, -'.mdx'.length)));
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      for (const name of names) await loadOne(context, new URL(name, dir), fingerprint);
      context.watcher?.add(fileURLToPath(dir));
      context.watcher?.on('all', async (_event, path) => {
        if (path.startsWith(fileURLToPath(dir)) && path.endsWith('.mdx')) {
          const id = relative(fileURLToPath(dir), path).slice(0, -'.mdx'.length);
          try {
            await loadOne(context, pathToFileURL(path), renderingFingerprint(contentDir));
          } catch (error) {
            context.logger.error((error as Error).message);
            context.store.delete(id);
          }
        }
      });
    },
  };
}

async function loadOne(context: LoaderContext, url: URL, fingerprint: string): Promise<void> {
  const path = fileURLToPath(url);
  const id = path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);
  const filePath = relative(process.cwd(), path);
  const text = await readFile(url, 'utf8');
  const digest = context.generateDigest(`${fingerprint}\n${text}`);
  if (context.store.get(id)?.digest === digest) return;
  const { frontmatter, content } = parseFrontmatter(text);
  const body = content.replace(/```[\s\S]*?```|`[^`\n]*`/g, '');
  const mdx = MDX_ONLY.exec(body);
  if (mdx) {
    const line = text.slice(0, text.indexOf(mdx[0].trim())).split('\n').length;
    throw new Error(
      `${filePath}: body (line ${line}): "${mdx[0].trim()}" is MDX-only syntax (an import, a component or a {expression}); ` +
        'briefs are rendered as Markdown: write it as Markdown, or escape the character (\\{)',
    );
  }
  const data = await context.parseData({ id, data: frontmatter, filePath });
  const rendered = await context.renderMarkdown(text, { fileURL: url });
  context.store.set({ id, data, body: content, filePath, digest, rendered });
}

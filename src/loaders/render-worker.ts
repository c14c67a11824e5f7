// A worker that renders briefs with the site's Markdown pipeline, so the loader can use every core.
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { contentRoot } from '../lib/content-root.ts';
import { loadRegistry } from '../lib/registry.ts';
import { briefMarkdownOptions } from '../markdown/pipeline.ts';

const { base } = workerData as { base: string };
const processor = await createMarkdownProcessor({
  ...briefMarkdownOptions({ registry: loadRegistry(contentRoot()), base }),
  syntaxHighlight: false,
} as Parameters<typeof createMarkdownProcessor>[0]);

parentPort!.on('message', async ({ job, text, url }: { job: number; text: string; url: string }) => {
  try {
    const { frontmatter, content } = parseFrontmatter(text);
    const { code, metadata } = await processor.render(content, { frontmatter, fileURL: new URL(url) });
    parentPort!.postMessage({ job, html: code, headings: metadata.headings, frontmatter: metadata.frontmatter });
  } catch (error) {
    parentPort!.postMessage({ job, error: (error as Error).message });
  }
});

// The peer of `npm run bench`: Astro Starlight, installed in the bench's own work folder (never a
// dependency of the site), building the same synthetic briefs as documentation pages.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';

export const STARLIGHT = { starlight: '0.42.4', astro: '7.3.5', markdownRemark: '7.3.1' } as const;

/** Installs Starlight once into `dir` (bench-out/starlight) with npm, on the Node running the bench. */
export async function setUpStarlight(dir: string): Promise<void> {
  if (existsSync(`${dir}/node_modules/@astrojs/starlight/package.json`)) return;
  await mkdir(`${dir}/src/content/docs`, { recursive: true });
  await writeFile(
    `${dir}/package.json`,
    JSON.stringify({
      name: 'bench-starlight',
      private: true,
      type: 'module',
      dependencies: { astro: STARLIGHT.astro, '@astrojs/starlight': STARLIGHT.starlight, '@astrojs/markdown-remark': STARLIGHT.markdownRemark },
    }),
  );
  await writeFile(
    `${dir}/astro.config.mjs`,
    `import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Bench' })] });\n`,
  );
  await writeFile(
    `${dir}/src/content.config.ts`,
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  if (install.status !== 0) throw new Error(`installing Starlight failed:\n${install.stderr}`);
}

/**
 * A synthetic brief as a Starlight page: its title and summary as Starlight's frontmatter, and
 * its body without the brief components, which Starlight does not have (their text stays).
 */
export function asStarlightPage(brief: string): string {
  const [, frontmatter = '', body = ''] = brief.split(/^---$/m);
  const title = /^title: (.*)$/m.exec(frontmatter)?.[1] ?? 'Brief';
  const summary = /^summary: (.*)$/m.exec(frontmatter)?.[1] ?? '';
  const text = body
    .replace(/<Callout[^>]*>\n?([\s\S]*?)\n?<\/Callout>/g, '$1')
    .replace(/^<(?:From|Figure|Map|Compare)\b[^\n]*\/>$/gm, '');
  return `---\ntitle: ${title}\ndescription: ${JSON.stringify(summary)}\n---\n${text}`;
}

/** Writes the corpus as Starlight's docs, replacing any previous one. */
export async function writeStarlightDocs(dir: string, n: number, brief: (index: number) => string): Promise<void> {
  const docs = `${dir}/src/content/docs`;
  await rm(docs, { recursive: true, force: true });
  await mkdir(docs, { recursive: true });
  await writeFile(`${docs}/index.mdx`, '---\ntitle: Bench\n---\n\nSynthetic briefs.\n');
  for (let b = 1; b <= n; b++) await writeFile(`${docs}/synthetic-${b}.mdx`, asStarlightPage(brief(b)));
  await clearStarlightBuild(dir);
}

/** Removes what a Starlight build leaves (its output, content store, Astro's and Vite's caches), so the next one is cold. */
export async function clearStarlightBuild(dir: string): Promise<void> {
  for (const left of ['dist', 'node_modules/.astro', 'node_modules/.vite', '.astro']) await rm(`${dir}/${left}`, { recursive: true, force: true });
}

import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { astroBuild, astroPreview } from './build.ts';
import { freePort, lane } from './lane.ts';

/**
 * Builds the real site once (under BASE_PATH when set) into its own folder and serves it with
 * `astro preview`, for the site tests. Their URL and output folder reach the tests via `inject`.
 */
export default async function setup(project: TestProject) {
  // The project's environment (vitest.config.ts) gives its tests' workers, not this process.
  const env = project.config.env as Record<string, string>;
  const base = `/${(env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const outDir = `${process.cwd()}/.test-out/site${base === '/' ? '' : base.replace(/\//g, '-')}`;
  const port = await freePort();
  await rm(outDir, { recursive: true, force: true });
  const root = await lane();
  // The preview serves what the build made, with the same settings.
  const settings = { ...env, BRIEFING_OUT: outDir, BASE_PATH: base, SITE_URL: `http://localhost:${port}` };
  const built = await astroBuild(root, settings);
  if (built.code !== 0) throw new Error(`site build failed:\n${built.output}`);

  const server = await astroPreview(root, port, settings, base);
  project.provide('siteUrl', `${server.origin}${base}`);
  project.provide('outDir', outDir);
  project.provide('base', base);
  return async () => {
    server.stop();
    await rm(root, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    outDir: string;
    base: string;
  }
}

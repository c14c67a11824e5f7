import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { siteSettings } from '../../src/lib/site-settings.ts';
import { astroBuild, astroPreview } from './build.ts';
import { freePort, lane } from './lane.ts';

/**
 * Builds the real site once (under BASE_PATH, with SITE_URL or without, as the project's
 * environment says) into its own folder and serves it with `astro preview`, for the site tests.
 * Their URL, output folder, build log and the file of the preview's log reach the tests via `inject`.
 */
export default async function setup(project: TestProject) {
  // The project's environment (vitest.config.ts) gives its tests' workers, not this process.
  const env = project.config.env as Record<string, string>;
  // The base path as the build reads it.
  const { base } = siteSettings(env);
  const outDir = `${process.cwd()}/.test-out/site${base === '/' ? '' : base.replace(/\//g, '-')}`;
  const port = await freePort();
  await rm(outDir, { recursive: true, force: true });
  const previewLog = `${outDir}-preview.log`;
  await rm(previewLog, { force: true });
  const root = await lane();
  // The preview serves what the build made, with the same settings. The project's SITE_URL names
  // the host only: the site is at the port the preview takes.
  const site = env['SITE_URL'] ? `${env['SITE_URL']}:${port}` : '';
  const settings = { ...env, BRIEFING_OUT: outDir, BASE_PATH: base, SITE_URL: site };
  const built = await astroBuild(root, settings);
  if (built.code !== 0) throw new Error(`site build failed:\n${built.output}`);

  const server = await astroPreview(root, port, settings, base, previewLog);
  project.provide('siteUrl', `${server.origin}${base}`);
  project.provide('outDir', outDir);
  project.provide('base', base);
  project.provide('site', site);
  project.provide('buildLog', built.output);
  project.provide('previewLog', previewLog);
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
    /** The SITE_URL the site was built with, or '' (built without one, as `npm start` is by default). */
    site: string;
    /** What the build printed. */
    buildLog: string;
    /** The file the preview's output goes to. */
    previewLog: string;
  }
}

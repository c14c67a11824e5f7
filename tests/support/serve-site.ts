import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { astroArgs, astroBuild } from './build.ts';
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
  const built = await astroBuild(root, { ...env, BRIEFING_OUT: outDir, BASE_PATH: base, SITE_URL: `http://localhost:${port}` });
  if (built.code !== 0) throw new Error(`site build failed:\n${built.output}`);

  const server: ChildProcess = spawn(
    process.execPath,
    astroArgs(root, 'preview', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'),
    { cwd: root, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', BRIEFING_OUT: outDir, BASE_PATH: base, SITE_URL: `http://localhost:${port}` }, stdio: 'pipe' },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}${base}`)).ok) break;
    } catch {
      if (i > 100) throw new Error('astro preview did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide('siteUrl', `${origin}${base}`);
  project.provide('outDir', outDir);
  project.provide('base', base);
  return async () => {
    server.kill();
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

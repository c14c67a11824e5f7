import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './build.ts';

/**
 * Builds the real site once (under BASE_PATH when set) into its own folder and serves it with
 * `astro preview`, for the site tests. Their URL and output folder reach the tests via `inject`.
 */
export default async function setup(project: TestProject) {
  const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const outDir = `${process.cwd()}/.test-out/site${base === '/' ? '' : base.replace(/\//g, '-')}`;
  const port = 4400 + Math.floor(Math.random() * 500);
  await rm(outDir, { recursive: true, force: true });
  const built = await astroBuild({ BRIEFING_OUT: outDir, BASE_PATH: base, SITE_URL: `http://localhost:${port}` });
  if (built.code !== 0) throw new Error(`site build failed:\n${built.output}`);

  const server: ChildProcess = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'],
    { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BRIEFING_OUT: outDir, BASE_PATH: base, SITE_URL: `http://localhost:${port}` }, stdio: 'pipe' },
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
  return () => {
    server.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    outDir: string;
    base: string;
  }
}

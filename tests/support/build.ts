import { spawn } from 'node:child_process';

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * The environment a child build or server gets: this process's, without what Vitest sets for its
 * own tests (BASE_URL, MODE, NODE_ENV…), which a child Astro would otherwise take for its own.
 */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const vitest = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest.has(key) && !key.startsWith('VITEST')));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** The arguments that run the project's Astro at `root` (a copy of the project: lane.ts) on the pinned Node. */
export function astroArgs(root: string, ...args: string[]): string[] {
  return [`${root}/node_modules/astro/bin/astro.mjs`, ...args];
}

/** Runs the real `astro build` of the project at `root`, from there, with the given environment. */
export function astroBuild(root: string, env: Record<string, string>): Promise<BuildResult> {
  return run(astroArgs(root, 'build'), env, root);
}

/** Runs `npm run check` with the given environment; it takes no lock, so it may run beside a build. */
export function checkContent(env: Record<string, string>): Promise<BuildResult> {
  return run(['scripts/check-content.ts'], env);
}

function run(args: string[], env: Record<string, string>, cwd = process.cwd()): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

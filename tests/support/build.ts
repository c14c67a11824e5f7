import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

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
  // Node's compile cache keys a module by its path, and most children run in a copy of the
  // project at a new path (lane.ts): each wrote some 10 MB to the system's temporary folder that
  // nothing read again or removed. Without it, content.test.ts took 59 s, against 53 and 60 s with it.
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', NODE_DISABLE_COMPILE_CACHE: '1', ...env };
}

/** The arguments that run the project's Astro at `root` (a copy of the project: lane.ts) on the pinned Node. */
export function astroArgs(root: string, ...args: string[]): string[] {
  return [`${root}/node_modules/astro/bin/astro.mjs`, ...args];
}

/** Runs the real `astro build` of the project at `root`, from there, with the given environment. */
export function astroBuild(root: string, env: Record<string, string>): Promise<BuildResult> {
  return runScript(astroArgs(root, 'build'), env, root);
}

export interface Preview {
  /** Where it serves, as `http://127.0.0.1:<port>`. */
  origin: string;
  /** What it has printed so far. */
  output(): string;
  stop(): void;
}

/**
 * Serves the build of the project at `root` with `astro preview` (the rest of `npm start`) on
 * `port`, with the given environment, once it answers at `path`; what it prints also goes to
 * `log` when given, for tests in other processes.
 */
export async function astroPreview(root: string, port: number, env: Record<string, string>, path: string, log?: string): Promise<Preview> {
  const server = spawn(process.execPath, astroArgs(root, 'preview', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'), {
    cwd: root,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const logged = log ? createWriteStream(log) : undefined;
  for (const stream of [server.stdout, server.stderr]) {
    stream.on('data', (d: Buffer) => {
      output += d.toString();
      logged?.write(d);
    });
  }
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}${path}`)).ok) break;
    } catch {
      if (i > 100) {
        server.kill();
        throw new Error(`astro preview did not start:\n${output}`);
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    output: () => output,
    stop: () => {
      server.kill();
      logged?.end();
    },
  };
}

/** Runs `npm run check` of the project at `root` (this one unless given) with the given environment; it takes no lock, so it may run beside a build. */
export function checkContent(env: Record<string, string>, root = process.cwd()): Promise<BuildResult> {
  return runScript(['scripts/check-content.ts'], env, root);
}

/** Runs a Node script of the project at `cwd` (this one unless given) on the pinned Node, with the given environment. */
export function runScript(args: string[], env: Record<string, string>, cwd = process.cwd()): Promise<BuildResult> {
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

// npm test, after the content check: the type check (astro check) runs beside Vitest, not before
// it. Builds and browsers in the suite leave part of the second core idle, and astro check needs
// some 16 s of one core: run side by side, npm test took 366 s instead of 384 s (one run of each,
// in the same hour), Vitest itself 360 s instead of 357 s. The type check's output is printed once Vitest is done, so the two do
// not interleave; either failing fails the run. Arguments go to Vitest.
import { spawn } from 'node:child_process';

interface Result {
  code: number;
  output: string;
}

/** Runs a Node script of the project on this Node (the pinned one); its output kept, or shown as it comes. */
function run(args: string[], keepOutput: boolean): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: keepOutput ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const vitest = (...args: string[]) => run(['node_modules/vitest/vitest.mjs', 'run', ...args], false);
const types = run(['node_modules/astro/bin/astro.mjs', 'check'], true);
// Arguments choose what runs; without them, everything, the dev server's tests last and alone
// (vitest.config.ts says why).
const given = process.argv.slice(2);
const tests = given.length > 0 ? await vitest(...given) : await vitest('--project', 'unit', '--project', 'site', '--project', 'site-base', '--project', 'fixtures');
const typed = await types;
const dev = given.length > 0 ? { code: 0 } : await vitest('--project', 'dev');
process.stdout.write(`\nastro check:\n${typed.output}`);
process.exit(typed.code !== 0 ? typed.code : tests.code !== 0 ? tests.code : dev.code);

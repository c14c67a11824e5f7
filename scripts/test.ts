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

const types = run(['node_modules/astro/bin/astro.mjs', 'check'], true);
const tests = await run(['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], false);
const typed = await types;
process.stdout.write(`\nastro check:\n${typed.output}`);
process.exit(typed.code !== 0 ? typed.code : tests.code);

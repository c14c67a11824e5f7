import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';

/** Where copies of the project go: inside its ignored test folder, on the same filesystem as node_modules. */
const TEST_OUT = resolve('.test-out');

/**
 * Copies the project's files as git sees them (tracked, and new files not ignored: the working
 * tree as the developer has it) to `to`, and links node_modules file by file, without the
 * caches a build or the dev server keeps there (a build writing into a linked file would write
 * into this checkout's); with `link: false`, without node_modules.
 */
export async function copyProject(to: string, { link = true } = {}): Promise<void> {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    await mkdir(dirname(`${to}/${file}`), { recursive: true });
    await cp(file, `${to}/${file}`).catch((error: NodeJS.ErrnoException) => {
      // A file deleted from the working tree but not yet from git's index.
      if (error.code !== 'ENOENT') throw error;
    });
  }
  if (link) await linkNodeModules('.', to);
}

/** The caches Astro and Vite keep in node_modules, which a build or the dev server writes. */
export const MODULE_CACHES = ['.astro', '.vite'];

/**
 * Links the node_modules of the project at `from` into `to` file by file (a full copy is some
 * 600 MB), without the caches (MODULE_CACHES): a build writing into a linked file would write into
 * the original's.
 */
export async function linkNodeModules(from: string, to: string): Promise<void> {
  execFileSync('cp', ['-al', `${from}/node_modules`, `${to}/node_modules`]);
  for (const cache of MODULE_CACHES) await rm(`${to}/node_modules/${cache}`, { recursive: true, force: true });
}

/**
 * A copy of the project for one test file's builds, or one dev server's. Astro keeps a project's
 * state in its .astro/ folder, and the build lock refuses a second build of a project while one
 * runs: with a copy each, test files that build run side by side, and none touches the state of
 * the checkout itself (a developer's `npm run dev`). The caller removes it.
 */
export async function lane(): Promise<string> {
  await mkdir(TEST_OUT, { recursive: true });
  const root = await mkdtemp(`${TEST_OUT}/lane-`);
  await copyProject(root);
  return root;
}

/**
 * A port no other server on the machine listens on now, for a server a test starts: test files
 * run side by side, each with servers of its own (`astro preview` and `astro dev` take a port,
 * not 0).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Copies of the project for a file's concurrent tests, each used by one test at a time: a test
 * waits for a free one, so no more builds run at once than there are copies.
 */
export class Lanes {
  readonly #free: string[];
  readonly #waiting: ((root: string) => void)[] = [];
  readonly roots: readonly string[];

  private constructor(roots: string[]) {
    this.roots = roots;
    this.#free = [...roots];
  }

  static async create(count: number): Promise<Lanes> {
    return new Lanes(await Promise.all(Array.from({ length: count }, () => lane())));
  }

  async use<T>(run: (root: string) => Promise<T>): Promise<T> {
    const root = this.#free.pop() ?? (await new Promise<string>((resolve) => this.#waiting.push(resolve)));
    try {
      return await run(root);
    } finally {
      const next = this.#waiting.shift();
      if (next) next(root);
      else this.#free.push(root);
    }
  }
}

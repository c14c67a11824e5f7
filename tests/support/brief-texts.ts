import { readdir, readFile } from 'node:fs/promises';
import { briefsDir, projectRoot } from '../../src/lib/content-root.ts';
import type { Registry } from '../../src/lib/registry.ts';
import { syntheticBrief } from '../../src/lib/synthetic.ts';

/** Every brief in `dir`, as [path, text]. */
async function briefsIn(dir: URL): Promise<[string, string][]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx'));
  return Promise.all(names.map(async (name) => [new URL(name, dir).pathname, await readFile(new URL(name, dir), 'utf8')] as [string, string]));
}

/**
 * The texts a compile is held to, as [path, text]: the site's briefs, the test fixtures', and the
 * first `synthetic` synthetic briefs, at the paths they would have in content/briefs/.
 */
export async function briefTexts(registry: Registry, synthetic: number): Promise<[string, string][]> {
  // The components fixture imports a component that the build tests add to their copy of the
  // project (tests/fixtures/components/Stamp.astro); compiled in the project itself, which has
  // none, it imports one the project has, to the same effect on a compile.
  const fixtures = (await briefsIn(new URL('tests/fixtures/briefs/', projectRoot))).map(([path, text]) => [path, text.replace("'/src/components/Stamp.astro'", "'/src/components/brief/Quote.astro'")] as [string, string]);
  return [
    ...(await briefsIn(briefsDir(projectRoot))),
    ...fixtures,
    ...Array.from({ length: synthetic }, (_, i) => [`${projectRoot.pathname}content/briefs/synthetic-${i + 1}.mdx`, syntheticBrief(i + 1, registry)] as [string, string]),
  ];
}

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';
import { loadRegistry, registryIds } from '../../src/lib/registry.ts';
import { validateBrief } from '../../src/lib/validate-brief.ts';
import { briefMdxRenderer } from '../../src/markdown/pipeline.ts';
import { createBriefSchema } from '../../src/schemas/brief.ts';

const registry = loadRegistry(contentRoot(projectRoot));
const schema = createBriefSchema(registryIds(registry));
const renderer = await briefMdxRenderer({ registry, base: '/', root: projectRoot });
const good = await readFile('tests/fixtures/briefs/good.mdx', 'utf8');
const root = await mkdtemp(`${tmpdir()}/briefing-expressions-`);
await mkdir(`${root}/briefs`);
afterAll(() => rm(root, { recursive: true, force: true }));

async function problemsOf(body: string) {
  const text = `${good}\n${body}\n`;
  const file = `${root}/briefs/x.mdx`;
  await writeFile(file, text);
  return { line: text.split('\n').length - body.split('\n').length, problems: (await validateBrief(text, file, schema, renderer)).problems };
}

describe('check runs the expressions of a brief as the compiler recorded them', () => {
  it('a comment or JSX is not run; an expression that throws is refused with its line, as is a computed prop the component refuses', async () => {
    // Neither a comment nor what needs Astro's runtime or a module (JSX, import.meta) is run by check.
    expect((await problemsOf('{/* A note to editors. */}\n\nSome {/* inline */} text {[1, 2].length}, {[1, 2].map((n) => <b>{n}</b>)}, {<i>x</i>} and {import.meta.env.BASE_URL}.')).problems).toEqual([]);
    const { line, problems } = await problemsOf('Worth {JSON.parse("")}.\n\n<Figure type="bar" caption="C" unit="u" source="s" data={[1, 2].map((n) => ({ label: `L${n}`, value: n === 1 ? String(n) : n }))} />');
    expect(problems).toEqual([
      { field: 'body', line, message: expect.stringMatching(/^this expression throws when its page renders: SyntaxError/) },
      { field: 'body', line: line + 2, message: expect.stringMatching(/^<Figure> prop "data\.0\.value"/) },
    ]);
  });
  it('an expression that makes more text than a brief may hold is refused with its line', async () => {
    const { line, problems } = await problemsOf('Padding {"word ".repeat(20000000)} and {"fine ".repeat(10)}.');
    expect(problems).toEqual([{ field: 'body', line, message: 'this expression makes 100,000,000 characters for its page, more than the 100,000 a brief\'s text may hold: write the text out, or compute less' }]);
  });
});

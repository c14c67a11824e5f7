import { describe, expect, it } from 'vitest';
import { externalBrief } from '../../src/lib/external-brief.ts';
import { RUNTIME_KEY } from '../../src/lib/runtime-sources.ts';

const root = new URL('file:///project/');
const brief = new URL('content/briefs/a.mdx', root);

/** A brief as the build's compile and @astrojs/mdx leave it, with `extra` in place of nothing. */
const compiled = (extra = '') => `import {briefBody as _briefBody} from "../../src/markdown/brief-body.ts";
import {Fragment as _Fragment, jsx as _jsx} from "astro/jsx-runtime";
import {From, Figure} from "../../src/components/brief/index.ts";
${extra}
export const frontmatter = { "title": "A" };
function MDXContent() { return _jsx(_Fragment, { children: [_briefBody("k", 0), _jsx(From, {}), _jsx(Figure, {})] }); }
export const Content = () => MDXContent();
export default Content;
import { __astro_tag_component__ } from 'astro/runtime/server/index.js';
__astro_tag_component__(Content, 'astro:jsx');`;

// Node keeps a module per address: each load gets an address of its own.
let loads = 0;
const load = (code: string) => import(`data:text/javascript,${encodeURIComponent(`${code}\n// ${++loads}`)}`);

describe('a compiled brief loaded outside the bundle', () => {
  it("reads the bundle's runtime in place of its imports, and runs as the bundled module would", async () => {
    const code = externalBrief(compiled(), brief, root);
    expect(code).toBeDefined();
    expect(code).not.toMatch(/^\s*import\b/m);
    const tagged: unknown[] = [];
    (globalThis as Record<symbol, unknown>)[Symbol.for(RUNTIME_KEY)] = {
      'astro/jsx-runtime': { Fragment: 'F', jsx: (type: unknown, props: { children?: unknown }) => ({ type, children: props.children }) },
      'astro/runtime/server/index.js': { __astro_tag_component__: (_component: unknown, renderer: string) => tagged.push(renderer) },
      'src/components/brief/index.ts': { From: 'From', Figure: 'Figure' },
      'src/markdown/brief-body.ts': { briefBody: (key: string, part: number) => `${key}:${part}` },
    };
    try {
      const module = await load(code!);
      expect(module.frontmatter).toEqual({ title: 'A' });
      expect(module.default()).toEqual({ type: 'F', children: ['k:0', { type: 'From', children: undefined }, { type: 'Figure', children: undefined }] });
      expect(tagged).toEqual(['astro:jsx']);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for(RUNTIME_KEY)];
    }
  });
  it('says what is wrong when loaded without the runtime', async () => {
    await expect(load(externalBrief(compiled(), brief, root)!)).rejects.toThrow(/loads the site's brief runtime first/);
  });
  it('leaves in the bundle a brief that needs the bundler', () => {
    for (const extra of [
      // An author's own component, which Vite compiles.
      'import Chart from "../../src/components/Chart.astro";',
      'import {Other} from "../../src/components/other.ts";',
      // A runtime module imported in another form than the compile writes.
      'import * as runtime from "astro/jsx-runtime";',
      'import Figure2 from "../../src/components/brief/index.ts";',
      // What Vite rewrites, or resolves at run time.
      'export const env = import.meta.env.MODE;',
      'export const later = () => import("../../src/data/x.ts");',
      'export { From as F } from "../../src/components/brief/index.ts";',
    ]) {
      expect(externalBrief(compiled(extra), brief, root), extra).toBeUndefined();
    }
  });
  it('leaves to the bundler what it cannot read', () => {
    expect(externalBrief(compiled('export const x = ;{'), brief, root)).toBeUndefined();
  });
  it('resolves relative imports from the brief, so a same-named file elsewhere is not taken for the runtime', () => {
    const elsewhere = new URL('content/briefs/deeper/a.mdx', root);
    expect(externalBrief(compiled(), elsewhere, root)).toBeUndefined();
  });
});

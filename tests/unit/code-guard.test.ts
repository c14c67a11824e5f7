import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { bindingProblem, codeProblems, importProblem, SAFE_GLOBALS } from '../../src/lib/code-guard.ts';

const problems = (code: string) => codeProblems(parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true })).map((p) => `${p.line}: ${p.message}`);

describe("what a brief's code may reach", () => {
  it('refuses the ways from a value to the code that makes values, import() and import.meta beyond its env', () => {
    expect(problems('(() => {}).constructor("return process")()')).toEqual(['1: ".constructor" is not allowed in a brief\'s code: it leads to the code that makes values']);
    expect(problems("x = 1;\n''['constructor']; a.__proto__; b.prototype")).toHaveLength(3);
    expect(problems('import("node:fs")')).toEqual(['1: import() is not allowed in a brief: import at the top of the brief']);
    expect(problems('import.meta.url')).toEqual(['1: import.meta is not available in a brief, but for import.meta.env']);
  });
  it('refuses the same ways by another name: a pattern, a computed key, reflection', () => {
    const constructor = /"\.constructor" is not allowed/;
    expect(problems('(({ constructor: { constructor: F } }) => F("return 1"))("")')).toEqual([expect.stringMatching(constructor), expect.stringMatching(constructor)]);
    expect(problems('""[`constructor`]')).toEqual([expect.stringMatching(constructor)]);
    expect(problems('const k = "const" + "ructor"; ""[k]; ""[`${k}`]; ({ [k]: F } = "")')).toEqual(Array(3).fill(expect.stringMatching(/computed key/)));
    expect(problems('Object.getOwnPropertyDescriptor(Object.getPrototypeOf(""), "x")')).toHaveLength(2);
    expect(problems('Error.prepareStackTrace = (e, frames) => frames[1].getFunction(); new Error().stack')).toHaveLength(2);
    // Built-ins changed in place, under any name: assign, a property set, a key that sets a hook.
    const inPlace = /may not change an object in place/;
    expect(problems('const O = Object, E = Error; O.assign(E, { prepareStackTrace: (e, f) => f }); E.x = 1; delete E.y; E.z++')).toEqual([
      expect.stringMatching(/"\.assign" is not allowed/),
      expect.stringMatching(/the key "prepareStackTrace" is not allowed/),
      expect.stringMatching(inPlace),
      expect.stringMatching(inPlace),
      expect.stringMatching(inPlace),
    ]);
    expect(problems('[].push.call(Math, 1); [].splice.apply(JSON, [0])')).toEqual([expect.stringMatching(/"\.call" is not allowed/), expect.stringMatching(/"\.apply" is not allowed/)]);
  });
  it('gives import.meta.env the site\'s settings only, not the build\'s other variables', () => {
    expect(problems('import.meta.env.BASE_URL + import.meta.env.SITE + import.meta.env.PUBLIC_NAME')).toEqual([]);
    expect(problems('import.meta.env.HOME')).toEqual([expect.stringMatching(/^1: import\.meta\.env\.HOME is not available in a brief/)]);
    expect(problems('import.meta.env["CI_TOKEN"]; JSON.stringify(import.meta.env); import.meta.env[k]')).toHaveLength(3);
  });
  it('lets the plain values of a brief through', () => {
    expect(problems('import.meta.env.BASE_URL + frontmatter.title.toUpperCase() + [1, 2].map((n) => n * 2).join(", ") + Object.keys(x).length')).toEqual([]);
    expect(problems('const constructor = 1; ({ constructor: 2 }); a[0]; a["x"]; const { x, y: [z] } = a')).toEqual([]);
  });
  it('refuses Node\'s own modules, with or without "node:", and packages no reviewer listed', () => {
    expect(importProblem('node:os')).toMatch(/cannot import Node's own modules/);
    expect(importProblem('child_process')).toMatch(/cannot import Node's own modules/);
    expect(importProblem('fs/promises')).toMatch(/cannot import Node's own modules/);
    expect(importProblem('../components/numbers.ts')).toBeUndefined();
    // A package's code runs in the build: only those a reviewer listed (BRIEF_PACKAGES).
    expect(importProblem('astro:assets')).toMatch(/BRIEF_PACKAGES/);
    expect(importProblem('tinyexec')).toMatch(/a brief imports from the project .* and from the packages listed in BRIEF_PACKAGES/);
    expect(importProblem('astro/runtime/server/index.js')).toMatch(/BRIEF_PACKAGES/);
    expect(importProblem('astro:content')).toMatch(/BRIEF_PACKAGES/);
  });
  it("refuses binding the runtime's names and the compiled module's own, which a decoy made pass as defined", () => {
    expect(bindingProblem('process')).toMatch(/a name of the build's runtime/);
    expect(bindingProblem('_briefBody')).toMatch(/a name the compiled brief uses itself/);
    expect(bindingProblem('$$result')).toMatch(/a name the compiled brief uses itself/);
    expect(bindingProblem('MDXContent')).toMatch(/a name the compiled brief uses itself/);
    expect(bindingProblem('total')).toBeUndefined();
    expect(bindingProblem('Math')).toBeUndefined();
  });
  it('holds no global that reaches the process, the network or code from strings', () => {
    for (const name of ['process', 'globalThis', 'global', 'Function', 'eval', 'require', 'fetch', 'setTimeout', 'Buffer', 'Reflect', 'Proxy', 'WebAssembly']) {
      expect(SAFE_GLOBALS.has(name), name).toBe(false);
    }
  });
});

import { init, parse } from 'es-module-lexer';
import { PACKAGES, PROJECT_FILES, RUNTIME_KEY, type RuntimeSource } from './runtime-sources.ts';

await init;

const NAMED_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*(["'])([^"']+)\2\s*;?$/;

/**
 * A compiled brief as a module Node can load on its own, outside the bundle, or undefined when
 * it needs the bundler. Rolldown holds some 300 KB per module it bundles (measured on these
 * modules: 1.5 GB for 5,000 briefs), which made the compile phase the build's memory peak; a
 * brief whose only imports are the runtime's modules needs none of the bundler's work, so its
 * imports become reads of the bundle's own (src/markdown/brief-runtime.ts). A brief that
 * imports anything else (an author's component), reads `import.meta` (Vite rewrites it) or
 * imports at run time stays in the bundle, where Vite compiles what it imports.
 */
export function externalBrief(code: string, briefFile: URL, root: URL): string | undefined {
  let imports: ReturnType<typeof parse>[0];
  try {
    [imports] = parse(code);
  } catch {
    // Left to the bundler, which parses it in full and reports what it finds.
    return undefined;
  }
  const bindings: string[] = [];
  const cut: [number, number][] = [];
  for (const entry of imports) {
    // A dynamic import() (d ≥ 0) or import.meta (d = -2).
    if (entry.d !== -1 || entry.n === undefined) return undefined;
    const match = NAMED_IMPORT.exec(code.slice(entry.ss, entry.se));
    const source = runtimeSource(entry.n, briefFile, root);
    if (!match || !source) return undefined;
    const names = match[1]!.split(',').map((name) => name.trim()).filter(Boolean);
    const pattern = names.map((name) => {
      const [imported, local] = name.split(/\s+as\s+/);
      return local ? `${imported}: ${local}` : imported;
    });
    bindings.push(`const { ${pattern.join(', ')} } = __briefingRuntime[${JSON.stringify(source)}];`);
    cut.push([entry.ss, entry.se]);
  }
  let body = '';
  let at = 0;
  for (const [start, end] of cut) {
    body += code.slice(at, start);
    at = end;
  }
  body += code.slice(at);
  // Imports are hoisted, so their bindings go first.
  const head = [
    `const __briefingRuntime = globalThis[Symbol.for(${JSON.stringify(RUNTIME_KEY)})];`,
    `if (!__briefingRuntime) throw new Error("This brief was compiled to load outside the bundle, through render(entry), which loads the site's brief runtime first (src/markdown/brief-runtime.ts).");`,
    ...bindings,
  ];
  return `${head.join('\n')}\n${body}`;
}

function runtimeSource(specifier: string, briefFile: URL, root: URL): RuntimeSource | undefined {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return PACKAGES.find((name) => name === specifier);
  const href = new URL(specifier, briefFile).href;
  return PROJECT_FILES.find((file) => new URL(file, root).href === href);
}

/**
 * The names a project module exports, read from its text, so that check refuses an import of a
 * name the module lacks (`import { linearScal } from "/src/lib/scale.ts"`), which the bundler
 * refuses only in the build, at a line of the compiled module. Hand-written: the project's
 * TypeScript is no JavaScript acorn reads, and the bundler's parser is not this project's to
 * import. It reads the export statements alone; undefined when it cannot tell (`export *`).
 */
export function moduleExports(file: string, text: string): Set<string> | undefined {
  if (/\.json$/.test(file)) {
    try {
      const value: unknown = JSON.parse(text);
      return new Set(['default', ...(value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [])]);
    } catch {
      return undefined;
    }
  }
  // A component file exports its component, as default.
  if (/\.(astro|svelte|vue)$/.test(file)) return new Set(['default']);
  // Comments and strings aside, as far as a line of export can be told from them.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  if (/\bexport\s*\*/.test(code)) return undefined;
  const names = new Set<string>();
  for (const [, name] of code.matchAll(/\bexport\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|enum|type|interface|abstract\s+class)\s+([\p{L}$_][\p{L}\p{N}$_]*)/gu)) names.add(name!);
  if (/\bexport\s+default\b/.test(code)) names.add('default');
  for (const [, list] of code.matchAll(/\bexport\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const item of list!.split(',')) {
      const name = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/).at(-1)?.trim();
      if (name) names.add(name);
    }
  }
  // A destructured export (`export const { a, b } = …`) lists names this cannot read.
  if (/\bexport\s+(?:const|let|var)\s*[{[]/.test(code)) return undefined;
  return names;
}

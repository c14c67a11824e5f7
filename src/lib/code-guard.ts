import { builtinModules } from 'node:module';

/**
 * A brief's code (its imports, exports and `{expressions}`) computes from its own values:
 * frontmatter, props, what it imports, and the plain values of JavaScript. Both `npm run check`
 * and the build refuse what reaches beyond them (the process, the file system, code built from
 * strings), so neither runs a brief that the other would refuse, and a brief cannot make the build
 * run a command. A static guard, not a sandbox: a brief is still code, which a reviewer reads.
 */
export const SAFE_GLOBALS: ReadonlySet<string> = new Set([
  'undefined', 'NaN', 'Infinity', 'Math', 'JSON', 'Date', 'Intl', 'Number', 'String', 'Boolean', 'BigInt', 'Symbol', 'Array', 'Object',
  'Map', 'Set', 'WeakMap', 'WeakSet', 'RegExp', 'Promise', 'Error', 'TypeError', 'RangeError', 'parseInt', 'parseFloat', 'isNaN', 'isFinite',
  'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'URL', 'URLSearchParams', 'structuredClone',
]);

/** Properties that lead from any value to the code that makes values (`"".constructor` is `String`, whose constructor is `Function`). */
const FORBIDDEN_PROPERTIES = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

/** Why a global name is refused, for one that is not a plain value of JavaScript. */
export function globalProblem(name: string): string {
  return `"${name}" is not available in a brief: its code computes from its frontmatter, props and imports, and plain JavaScript (${[...SAFE_GLOBALS].slice(3, 9).join(', ')}, …)`;
}

/** Why an import is refused: a module of Node's, which reaches the machine the site is built on. */
export function importProblem(specifier: string): string | undefined {
  const name = specifier.replace(/^node:/, '').split('/')[0]!;
  if (specifier.startsWith('node:') || builtinModules.includes(name)) return `import "${specifier}": a brief cannot import Node's own modules; import components, or data from the project`;
  return undefined;
}

/** What in a program (an estree node) reaches beyond a brief's values, with the line of each. */
export function codeProblems(node: unknown): { line: number | undefined; message: string }[] {
  const problems: { line: number | undefined; message: string }[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const n = value as { type?: string; computed?: boolean; object?: { type: string }; property?: { type: string; name?: string; value?: unknown }; loc?: { start: { line: number } } };
    const line = n.loc?.start.line;
    // import.meta.env: the site's settings (its base address), as in any Astro file.
    if (n.type === 'MemberExpression' && n.object?.type === 'MetaProperty' && !n.computed && n.property?.name === 'env') return;
    if (n.type === 'MemberExpression' && n.property) {
      const key = !n.computed && n.property.type === 'Identifier' ? n.property.name : n.property.type === 'Literal' ? String(n.property.value) : undefined;
      if (key !== undefined && FORBIDDEN_PROPERTIES.has(key)) problems.push({ line, message: `".${key}" is not allowed in a brief's code: it leads to the code that makes values` });
    }
    if (n.type === 'ImportExpression') problems.push({ line, message: 'import() is not allowed in a brief: import at the top of the brief' });
    if (n.type === 'MetaProperty') problems.push({ line, message: 'import.meta is not available in a brief, but for import.meta.env' });
    for (const key of Object.keys(value)) if (key !== 'loc' && key !== 'range' && key !== 'position') walk((value as Record<string, unknown>)[key]);
  };
  walk(node);
  return problems;
}

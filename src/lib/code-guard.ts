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

/**
 * Properties that lead from any value to the code that makes values (`"".constructor` is
 * `String`, whose constructor is `Function`), and the reflection that reaches them by another name.
 */
const FORBIDDEN_PROPERTIES = new Set([
  'constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
  'getPrototypeOf', 'setPrototypeOf', 'getOwnPropertyDescriptor', 'getOwnPropertyDescriptors', 'defineProperty', 'defineProperties', 'caller', 'callee',
  // V8's stack frames hand out the functions and receivers of the code that called (Error.prepareStackTrace).
  'prepareStackTrace', 'captureStackTrace',
  // What changes an object in place, a built-in too however it is named (`O.assign(E, { … })` with E = Error),
  // and what calls a method on another object (`[].push.call(Math, …)` changed the build's Math).
  'assign', 'freeze', 'seal', 'preventExtensions', 'call', 'apply', 'bind', 'getOwnPropertySymbols',
]);

/** Keys that, written in an object literal (`{ __proto__: x }`, `{ prepareStackTrace: f }`), set what the names above reach. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prepareStackTrace', 'captureStackTrace']);

/** The settings `import.meta.env` gives a brief, as any Astro page reads them; the build's other variables (a token, a path) stay out. */
const PUBLIC_ENV = new Set(['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD']);

/** A property's key when the code names it outright (`a.b`, `a["b"]`, `` a[`b`] ``, `{ b: x }`); undefined when it is computed. */
function literalKey(property: { type: string; name?: string; value?: unknown; expressions?: unknown[]; quasis?: { value: { cooked?: string | null } }[] }, computed: boolean): string | undefined {
  if (!computed && property.type === 'Identifier') return property.name;
  if (property.type === 'Literal') return String(property.value);
  if (property.type === 'TemplateLiteral' && property.expressions?.length === 0) return property.quasis?.[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * Why a name a brief's code binds is refused: one of the build's runtime that is no plain value of
 * JavaScript (`process`, `Function`, `fetch`). Bound anywhere in the brief, it passed as defined
 * everywhere (the check of undefined names is no scope analysis), and the runtime's own was used
 * where the binding did not reach: `((process) => 0) && process.exit()`.
 */
export function bindingProblem(name: string): string | undefined {
  // The compiled module's own names (`_briefBody`, `_jsx`, `_components`, `$$result`, `MDXContent`):
  // bound as a decoy, they passed as defined, and the module's own was used where the binding did not reach.
  if (/^(?:_|\$\$)/.test(name) || MODULE_INTERNALS.has(name)) return `"${name}" is a name the compiled brief uses itself, not available in a brief: name the variable or parameter otherwise`;
  if (!(name in globalThis) || SAFE_GLOBALS.has(name)) return undefined;
  return `"${name}" is a name of the build's runtime, not available in a brief: name the variable or parameter otherwise`;
}

/** Names of an MDX module's own code that begin with neither "_" nor "$$". */
const MODULE_INTERNALS = new Set(['MDXContent', 'Content']);

/** Why a global name is refused, for one that is not a plain value of JavaScript. */
export function globalProblem(name: string): string {
  return `"${name}" is not available in a brief: its code computes from its frontmatter, props and imports, and plain JavaScript (${[...SAFE_GLOBALS].slice(3, 9).join(', ')}, …)`;
}

/**
 * The packages a brief may import: a package's code runs in the build, with all the build may do
 * (`tinyexec` ran a shell command, `std-env` printed the environment, `astro:assets` fetches any
 * address). A reviewer adds here a package of components they trust; none is yet. The project's
 * own components and data are imported by path.
 */
export const BRIEF_PACKAGES: ReadonlySet<string> = new Set<string>();

/** Why an import is refused: a module of Node's, which reaches the machine the site is built on, or a package not listed in BRIEF_PACKAGES. */
export function importProblem(specifier: string): string | undefined {
  const name = specifier.replace(/^node:/, '').split('/')[0]!;
  if (specifier.startsWith('node:') || builtinModules.includes(name)) return `import "${specifier}": a brief cannot import Node's own modules; import components, or data from the project`;
  if (/^\.{0,2}\//.test(specifier) || BRIEF_PACKAGES.has(specifier)) return undefined;
  return `import "${specifier}": a brief imports from the project (a path such as "/src/components/X.astro") and from the packages listed in BRIEF_PACKAGES (src/lib/code-guard.ts) only, since a package's code runs in the build; add a package of components there once it is reviewed`;
}

type Key = { type: string; name?: string; value?: unknown };
type Member = { type: string; object?: { type: string }; property?: Key; computed?: boolean };

/** Whether a node is `import.meta.env` itself. */
function isMetaEnv(node: Member | undefined): boolean {
  return node?.type === 'MemberExpression' && node.object?.type === 'MetaProperty' && !node.computed && node.property?.name === 'env';
}

/** What in a program (an estree node) reaches beyond a brief's values, with the line of each. */
export function codeProblems(node: unknown): { line: number | undefined; message: string }[] {
  const problems: { line: number | undefined; message: string }[] = [];
  const inPattern = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const n = value as { type?: string; computed?: boolean; object?: Member; property?: Key; key?: Key; loc?: { start: { line: number } } };
    const line = n.loc?.start.line;
    // import.meta.env.BASE_URL: the site's settings, as in any Astro file; not the build's other variables.
    if (n.type === 'MemberExpression' && isMetaEnv(n.object)) {
      const name = literalKey(n.property!, n.computed ?? false);
      if (name !== undefined && (PUBLIC_ENV.has(name) || name.startsWith('PUBLIC_'))) return;
      problems.push({ line, message: `import.meta.env${name === undefined ? '[…]' : `.${name}`} is not available in a brief: of the build's settings, only ${[...PUBLIC_ENV].join(', ')} and PUBLIC_ ones are` });
      return;
    }
    if (isMetaEnv(n as Member)) {
      problems.push({ line, message: `import.meta.env whole is not available in a brief: name the setting, one of ${[...PUBLIC_ENV].join(', ')} or a PUBLIC_ one` });
      return;
    }
    // A key computed at run time ("const" + "ructor", a variable, a template with a value) could be any of them.
    const keyed = n.type === 'MemberExpression' ? n.property : n.type === 'Property' && inPattern.has(value) ? n.key : undefined;
    if (keyed) {
      const key = literalKey(keyed, n.computed ?? false);
      if (key === undefined) problems.push({ line, message: 'a property read by a computed key (a[k], a["x" + y]) is not allowed in a brief\'s code: name it (a.x, a["x"], a[0])' });
      else if (FORBIDDEN_PROPERTIES.has(key)) problems.push({ line, message: `".${key}" is not allowed in a brief's code: it leads to the code that makes values` });
    }
    // The properties a pattern reads (`({ constructor: F }) => …`) are read as `a.b` is.
    if (n.type === 'ObjectPattern') for (const property of (value as { properties: unknown[] }).properties) inPattern.add(property);
    // An element's name read as a property (`<From.constructor />` is `From.constructor`, Function).
    if (n.type === 'JSXMemberExpression') problems.push({ line, message: 'an element named by a property (<A.b>) is not allowed in a brief: import the component under a name of its own' });
    // A brief computes new values; it changes no object in place. JavaScript's own objects are the
    // build's too, under any name (`const E = Error; E.x = …`): changed, they change the build's
    // runtime for all the code after.
    const changed = n.type === 'AssignmentExpression' ? (value as { left: { type: string } }).left : n.type === 'UpdateExpression' ? (value as { argument: { type: string } }).argument : n.type === 'UnaryExpression' && (value as { operator: string }).operator === 'delete' ? (value as { argument: { type: string } }).argument : undefined;
    if (changed?.type === 'MemberExpression') problems.push({ line, message: 'a brief\'s code may not change an object in place (a.b = …, delete a.b): compute a new value instead; JavaScript\'s own objects are the build\'s' });
    if (n.type === 'Property' && !inPattern.has(value) && !n.computed && n.key && FORBIDDEN_KEYS.has(literalKey(n.key, false) ?? '')) problems.push({ line, message: `the key "${literalKey(n.key, false)}" is not allowed in a brief's code: it sets what leads to the code that makes values` });
    if (n.type === 'ImportExpression') problems.push({ line, message: 'import() is not allowed in a brief: import at the top of the brief' });
    if (n.type === 'MetaProperty') problems.push({ line, message: 'import.meta is not available in a brief, but for import.meta.env' });
    for (const key of Object.keys(value)) if (key !== 'loc' && key !== 'range' && key !== 'position') walk((value as Record<string, unknown>)[key]);
  };
  walk(node);
  return problems;
}

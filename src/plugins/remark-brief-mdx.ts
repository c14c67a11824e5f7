import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportDeclaration, Program } from 'estree';
import type { Root, RootContent } from 'mdast';
// Brings the MDX node types (expressions, ESM, JSX) into mdast's.
import type {} from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { holds, visit } from '../lib/visit.ts';
import type { VFile } from 'vfile';
import { BRIEF_COMPONENTS, propProblems, SAFE_URL, TAKES_CHILDREN, type BriefComponentName } from '../schemas/brief-components.ts';
import { PLACEHOLDER } from '../lib/placeholders.ts';
import { invisibleProblem } from '../schemas/text.ts';
import { declaredNames, freeNames } from '../lib/free-names.ts';
import { bindingProblem, codeProblems, globalProblem, importProblem, SAFE_GLOBALS } from '../lib/code-guard.ts';
import { unstableAddress } from '../lib/site-links.ts';
import { unreachableAddress } from '../lib/unreachable-address.ts';
import { invalidBrief } from '../lib/brief-checks.ts';
import { COMPONENT_CALLS, EXPRESSIONS, MODULE_CODE, type BriefEsm, type BriefExpression, type ComponentCall } from '../lib/run-expressions.ts';
import { staticValue } from '../lib/static-value.ts';
import { moduleExports } from '../lib/module-exports.ts';
import { nearest } from '../lib/nearest.ts';
import { importPath } from './import-path.ts';
import { isBrief } from './is-brief.ts';

/**
 * The HTML a brief body may contain, written as MDX elements: inline phrasing only, with the
 * attributes listed. Everything else (script, style, iframe, meta, form, img, a, ids, classes,
 * event handlers) is refused with its line: MDX has no raw HTML, so refusing the element here is
 * the whole of sanitising, and an author learns why instead of seeing text silently dropped.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  ['abbr', 'b', 'bdi', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr'].map(
    (name) => [name, ['title', 'lang', 'dir', ...(name === 'time' ? ['datetime'] : []), ...(name === 'data' ? ['value'] : []), ...(['q', 'del', 'ins'].includes(name) ? ['cite'] : [])]],
  ),
);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
/** What a reader calls the blocks a heading may stand in, by their node's type. */
const CONTAINERS: Readonly<Record<string, string>> = { blockquote: 'quotation', listItem: 'list', footnoteDefinition: 'footnote' };
/** The brief components that draw a block of their own (all but <From>, a line under a heading). */
const BLOCK_COMPONENTS = new Set(['Figure', 'Map', 'Compare', 'Callout', 'Quote']);
const JSX_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement'];

/** What every Astro MDX module defines for its expressions: the props, and the exports Astro adds. */
const MODULE_NAMES = new Set(['props', 'frontmatter', 'getHeadings', 'file', 'url']);

/** Exports an Astro MDX module always defines, which a brief's own would duplicate. */
// `components` would also map the text's own elements to others (`{ p: "script" }`), and `Content`
// replace the module's rendering.
const ASTRO_EXPORTS = new Set(['frontmatter', 'getHeadings', 'components', 'Content', 'file', 'url']);

export interface BriefMdxOptions {
  /** The project root (Astro's config.root): brief components are imported from its src/. */
  root: URL;
  /** Country ids of the registry, for <Map>. */
  countryIds: readonly string[];
}

/**
 * Checks and completes a brief's MDX before it is compiled, in the build and in `npm run check`
 * alike: only the allowed HTML and safe addresses; brief components known, with valid props
 * (literal props here, computed ones where they render); a `<From>` under every `##` heading;
 * and the brief components imported for the author, so `render(entry)` works anywhere.
 * Every problem is reported at once, each with its line.
 */
export function remarkBriefMdx({ root, countryIds }: BriefMdxOptions) {
  const components = new URL('src/components/brief/index.ts', root);
  const countries = new Set(countryIds);
  return (tree: Root, file: VFile) => {
    if (!isBrief(file)) return;
    const problems: { line: number | undefined; message: string }[] = [];
    const report = (node: { position?: { start: { line: number } } | undefined } | undefined, message: string) =>
      problems.push({ line: node?.position?.start.line, message });
    const local = new Set<string>();
    // Names the brief exports that hold values, not functions: as an element's name, a string
    // would make any HTML element (`export const M = 'meta'`, then `<M http-equiv="refresh">`).
    const values = new Set<string>();
    // A component an expression's JSX may name: a brief component, or one the brief imports or exports as a function.
    const isComponent = (name: string) => (BRIEF_COMPONENTS as readonly string[]).includes(name) || (local.has(name) && !values.has(name));
    const definitions = new Map<string, string>();
    // Each footnote's note, by its mark, with its line.
    const notes = new Map<string, number | undefined>();
    visit(tree, ['mdxjsEsm', 'definition'] as const, (node) => {
      if (node.type === 'definition') {
        definitions.set(node.identifier, node.url);
        return;
      }
      for (const statement of (node.data?.estree as Program | undefined)?.body ?? []) {
        // An import, or an export of another module's names (`export * from "…"`), which loads it all the same.
        const source = statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || statement.type === 'ExportNamedDeclaration' ? statement.source : undefined;
        if (statement.type === 'ImportDeclaration') statement.specifiers.forEach((s) => local.add(s.local.name));
        if (source) {
          const specifier = String(source.value);
          const line = statement.loc?.start.line ?? node.position?.start.line;
          const refused = importProblem(specifier);
          if (refused) problems.push({ line, message: refused });
          const resolved = refused ? undefined : resolveImport(specifier, file.path, root);
          if (resolved && 'missing' in resolved) report(node, `import "${specifier}": there is no such file (${relative(fileURLToPath(root), resolved.missing)})`);
          // What a brief may load of the project: its components, reviewed as its code is, and data
          // (JSON) from the content folder. Not its scripts, config, integrations or helpers, whose
          // code runs in the build and may write files or run git; nor code an author adds beside
          // the briefs, which no guard reads.
          const found = resolved && 'found' in resolved ? resolved.found : undefined;
          // Data named as such: "x.js" found as "x.js.json" here is "x.ts" to the bundler, whose resolution differs.
          const data = found !== undefined && found.startsWith(`${dirname(dirname(file.path))}/`) && specifier.endsWith('.json') && basename(found) === basename(specifier);
          const outside = found !== undefined && !found.startsWith(fileURLToPath(new URL('src/components/', root))) && !data;
          if (outside) problems.push({ line, message: `import "${specifier}": a brief imports the project's components (src/components/) and JSON data from its content folder, nothing else: code added beside the briefs would run in the build unchecked` });
          const lacking = statement.type === 'ImportDeclaration' && resolved && 'found' in resolved && !outside ? missingExports(statement, resolved.found) : undefined;
          if (lacking) problems.push({ line, message: lacking });
        }
        // An MDX file's default export is its layout: it would replace the brief's page, and Astro cannot render it as one.
        if (statement.type === 'ExportDefaultDeclaration') problems.push({ line: statement.loc?.start.line ?? node.position?.start.line, message: 'export default: an MDX layout would replace the brief\'s page; remove it (the site lays out every brief), and export named values instead' });
        if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration') {
          for (const d of statement.declaration.declarations) {
            if (d.id.type !== 'Identifier') continue;
            local.add(d.id.name);
            if (d.init?.type !== 'ArrowFunctionExpression' && d.init?.type !== 'FunctionExpression') values.add(d.id.name);
          }
        }
        if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'FunctionDeclaration' && statement.declaration.id) local.add(statement.declaration.id.name);
        if (statement.type === 'ExportNamedDeclaration') {
          const declaration = statement.declaration;
          const names = [
            ...(declaration?.type === 'VariableDeclaration' ? declaration.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : [])) : []),
            ...(declaration && declaration.type !== 'VariableDeclaration' && declaration.id ? [declaration.id.name] : []),
            ...statement.specifiers.map((s) => (s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value))),
          ];
          for (const name of names.filter((n) => ASTRO_EXPORTS.has(n))) report(node, `export "${name}": Astro's MDX module exports "${name}" itself (render(entry) reads it); give yours another name`);
        }
      }
    });
    const used = new Set<BriefComponentName>();
    // Every expression, ESM block and computed attribute of the brief, for the names they use.
    const programs: Program[] = [];
    // The expressions and computed props, each with its source, for check to run (src/lib/run-expressions.ts).
    const expressions: BriefExpression[] = [];
    const esm: BriefEsm[] = [];
    const calls: ComponentCall[] = [];
    const froms: JsxElement[] = [];
    const relativePath = relative(fileURLToPath(root), file.path);
    const sourceUrl = (file.data.astro?.frontmatter?.['source'] as { url?: unknown } | undefined)?.url;

    visit(tree, (node, _index, parent) => {
      // A section is a ## or ### of the text itself, with its <From>: one inside a list, a
      // quotation or a component would be a section of the page that says nothing of its source.
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3) && parent && parent !== tree) {
        const inside = CONTAINERS[parent.type] ?? 'component';
        report(node, `a ${'#'.repeat(node.depth)} heading inside a ${inside}: sections are the text's own; write it as bold text, or end the ${inside} before it`);
      }
      // <Figure>, <Map>, <Compare>, <Callout> and <Quote> are blocks: inside a sentence, the
      // browser would end the paragraph at them.
      if (node.type === 'mdxJsxTextElement' && node.name && BLOCK_COMPONENTS.has(node.name)) {
        report(node, `<${node.name}> inside a paragraph: put it on a line of its own, with an empty line before and after it`);
      }
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        // An image's address has its own rules (imageProblem).
        const problem = !SAFE_URL.test(node.url) ? 'is not allowed: use an http(s), mailto or site-relative address' : node.type === 'image' ? undefined : addressProblem(node.url);
        if (problem) report(node, `address "${node.url.slice(0, 60)}" ${problem}`);
        const unstable = unstableAddress(node.url);
        if (unstable) report(node, `address "${node.url.slice(0, 60)}": ${unstable}`);
      }
      // The site makes no request to another host: an image from one would track every reader.
      const imageUrl = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(node.identifier) : undefined;
      if (imageUrl !== undefined) {
        const problem = imageProblem(imageUrl, root);
        if (problem) report(node, problem);
        // What a screen reader says for the image, and all that search and the feeds have of it.
        if (!(node as { alt?: string | null }).alt?.trim()) report(node, `image "${imageUrl.slice(0, 60)}" has no description: write what it shows between the brackets, e.g. ![The corridor from China to Europe](/images/corridor.png)`);
      }
      // A footnote mark without its note stays in the text as typed ("[^1]"); a second note of
      // the same mark is dropped. Either way the reader is left a mark that leads nowhere.
      if (node.type === 'text' && node.value.includes('[^')) {
        const mark = /\[\^([^\]\s]+)\]/.exec(node.value);
        if (mark) report(node, `footnote mark [^${mark[1]}] has no note: add a line "[^${mark[1]}]: the note" after the paragraph, or remove the mark`);
      }
      if (node.type === 'footnoteDefinition') {
        if (notes.has(node.identifier)) report(node, `footnote [^${node.label ?? node.identifier}] has a note already (line ${notes.get(node.identifier)}): give this one another mark`);
        else notes.set(node.identifier, node.position?.start.line);
      }
      if (node.type === 'heading' && node.depth === 1) {
        report(node, 'a # heading: the page prints the title as its only # heading; start a section with ##, a part of one with ###');
      }
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') {
        const estree = node.data?.estree as Program | undefined;
        checkEstree(estree, (message) => report(node, message), isComponent);
        for (const problem of codeProblems(estree)) problems.push({ line: problem.line ?? node.position?.start.line, message: problem.message });
        if (estree) programs.push(estree);
        if (estree && node.type !== 'mdxjsEsm') expressions.push({ source: node.value, line: node.position?.start.line, program: estree, printed: true });
        if (estree && node.type === 'mdxjsEsm') esm.push({ source: node.value, line: node.position?.start.line, program: estree, offset: node.position?.start.offset ?? 0 });
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as JsxElement;
      const name = element.name;
      if (name === null) return;
      for (const attribute of element.attributes) {
        const estree = (attribute.type === 'mdxJsxExpressionAttribute' ? attribute.data?.estree : typeof attribute.value === 'object' ? attribute.value?.data?.estree : undefined) as Program | undefined;
        checkEstree(estree, (m) => report(node, m), isComponent);
        for (const problem of codeProblems(estree)) report(node, problem.message);
        if (estree) programs.push(estree);
        if (estree && attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'object' && attribute.value) {
          expressions.push({ source: attribute.value.value, line: node.position?.start.line, program: estree });
        }
      }
      if (/^[a-z]/.test(name)) {
        checkHtml(name, element.attributes, (message) => report(node, message));
        return;
      }
      const rootName = name.split('.')[0]!;
      // `<From.constructor />` is `From.constructor`, the code that makes functions.
      if (name.includes('.')) {
        report(node, `<${name}>: an element named by a property is not allowed in a brief; import the component under a name of its own`);
        return;
      }
      if (values.has(rootName)) {
        report(node, `<${name}>: "${rootName}" is a value the brief exports, not a component: import components at the top of the brief`);
        return;
      }
      if (local.has(rootName)) return;
      if (!(BRIEF_COMPONENTS as readonly string[]).includes(name)) {
        report(node, `unknown component <${name}>: the brief components are ${BRIEF_COMPONENTS.map((c) => `<${c}>`).join(', ')}; any other component must be imported at the top of the brief`);
        return;
      }
      const component = name as BriefComponentName;
      used.add(component);
      if (component === 'From') froms.push(element);
      // A note inside a note would print as the site's words twice over, one box in another.
      if (component === 'Callout' && element.children.some((child) => holds(child, JSX_TYPES, (inner) => (inner as JsxElement).name === 'Callout'))) report(node, 'a <Callout> holds another: write one note, or two one after the other');
      const call = checkComponent(component, element, (message) => report(node, message), countries);
      if (call) calls.push(call);
      const line = element.position?.start.line;
      element.attributes.push({ type: 'mdxJsxAttribute', name: '__at', value: `${relativePath}${line ? `:${line}` : ''}` });
      if (component === 'From' && typeof sourceUrl === 'string') element.attributes.push({ type: 'mdxJsxAttribute', name: 'sourceUrl', value: sourceUrl });
    });

    const declared = declaredNames(programs);
    for (const [name, id] of declared) {
      const problem = bindingProblem(name);
      if (problem) problems.push({ line: id.loc?.start.line, message: problem });
    }
    // A name no import, export or declaration of the brief defines fails only when the page
    // renders ("x is not defined"), after check has passed: refused here, with its line.
    for (const [name, node] of freeNames(programs, declared)) {
      if (MODULE_NAMES.has(name) || (BRIEF_COMPONENTS as readonly string[]).includes(name) || SAFE_GLOBALS.has(name)) continue;
      const message = name in globalThis ? globalProblem(name) : `"${name}" is not defined in this brief: import or export it at the top of the brief, or use props or frontmatter; braces meant as text are written \\{ and \\}`;
      problems.push({ line: node.loc?.start.line, message });
    }

    String(file.value).split('\n').forEach((text, index) => {
      if (PLACEHOLDER.test(text)) problems.push({ line: index + 1, message: `"${PLACEHOLDER.exec(text)![0].slice(0, 60)}" is a placeholder from npm run new-brief: write the real text` });
      // A byte-order mark opens a file; anywhere else it is one of these.
      const problem = invisibleProblem(index === 0 ? text.replace(/^\uFEFF/, '') : text);
      if (problem) problems.push({ line: index + 1, message: `this line ${problem}` });
    });

    tree.children.forEach((node, index) => {
      if (node.type !== 'heading' || node.depth !== 2) return;
      const next = tree.children[index + 1];
      if (!isElement(next, 'From')) {
        report(node, 'this ## section has no provenance: put <From part="the source\'s section or paragraphs" words="3 to 8 words of that passage" /> on the line after the heading');
        return;
      }
      // A heading over nothing: the contents, the search and a shared link would all lead to it.
      const after = tree.children[index + 2];
      if (!after || (after.type === 'heading' && after.depth <= 2)) report(node, 'this ## section holds nothing but its <From>: write its text after that line, or remove the heading');
    });
    // A <From> says which passage of the source a section is written from, on the line under its
    // heading: anywhere else, the page would print "Written from …" in the middle of the text.
    const placed = new Set<unknown>();
    tree.children.forEach((node, index) => {
      const previous = tree.children[index - 1];
      if (previous?.type !== 'heading' || previous.depth > 3 || !isElement(node, 'From')) return;
      placed.add(node.type === 'paragraph' ? node.children[0] : node);
    });
    for (const from of froms) {
      if (!placed.has(from)) report(from, '<From> names the passage of the source a section is written from: put it on the line after the section\'s ## or ### heading, one to a heading');
    }

    if (problems.length > 0) {
      // Astro blanks the frontmatter out rather than cutting it, so lines are the file's own.
      throw invalidBrief(relativePath, problems.map(({ line, message }) => ({ field: 'body', message, ...(line ? { line } : {}) })));
    }
    if (used.size > 0) tree.children.unshift(importNode([...used], importPath(file.path, components)));
    const frontmatter = file.data.astro?.frontmatter as Record<PropertyKey, unknown> | undefined;
    if (frontmatter) {
      frontmatter[EXPRESSIONS] = expressions;
      frontmatter[COMPONENT_CALLS] = calls;
      frontmatter[MODULE_CODE] = esm;
    }
  };
}

/**
 * Why a link's address would lead nowhere whatever the site holds: one that is not an address at
 * all ("https://", a host with a "%"), which a browser cannot follow; or one relative to the
 * brief's page ("../x/", "./"): site links are written from the root, which is how check follows
 * them to the page and section they name, as the build's link check does.
 */
function addressProblem(url: string): string | undefined {
  if (/^\.{1,2}\//.test(url)) return `is relative to the brief's page: write site links from the root (/briefs/…/, /countries/…/)`;
  try {
    new URL(url, 'http://site.invalid/');
  } catch {
    return 'is not a valid address: give the whole address, e.g. https://www.example.org/page, with any % written as %25';
  }
  return unreachableAddress(url);
}

/**
 * Why an image address will not work, if it will not. Images come from the site's public/
 * folder by a site-relative address: one from another host would make every reader's browser
 * request it, and a path relative to the brief goes through Astro's image service, which this
 * site does not install. The file must exist, so check refuses what the build's link check would.
 */
function imageProblem(url: string, root: URL): string | undefined {
  const fix = 'put the file in public/ and give its site-relative address, e.g. ![text](/images/chart.png)';
  if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url)) return `image "${url.slice(0, 60)}": an image from another site is not allowed (the site requests nothing from other hosts): ${fix}`;
  if (!url.startsWith('/')) return `image "${url.slice(0, 60)}": ${fix}`;
  const path = url.replace(/[?#].*$/, '');
  let file: URL;
  try {
    file = new URL(`public/${decodeURI(path).replace(/^\/+/, '')}`, root);
  } catch {
    return `image "${url.slice(0, 60)}": not a valid address (a % must start an escape such as %20)`;
  }
  return existsSync(file) && statSync(file).isFile() ? undefined : `image "${url.slice(0, 60)}": there is no such file (public${path})`;
}

/** Extensions Vite tries for an import written without one; a `.js` import also finds `.ts` (@astrojs/mdx's `lang: 'ts'`). */
const RESOLVED_EXTENSIONS = ['', '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

/**
 * The file a relative or absolute import of a brief would be, when nothing is there under any of
 * the names the bundler tries; undefined when it exists or is a package's (left to the bundler).
 * Without this, check passed a brief whose build then failed to resolve the import.
 */
/**
 * Where an import of the project leads: the file found, or the path it looked for when there is
 * none (`missing`); undefined for a package's import, which the bundler resolves.
 */
function resolveImport(specifier: string, briefPath: string, root: URL): { found: string } | { missing: string } | undefined {
  if (!/^\.{0,2}\//.test(specifier)) return undefined;
  // Vite reads "/src/x.astro" from the project root first, then as a path on the disk.
  const targets = specifier.startsWith('/') ? [join(fileURLToPath(root), specifier), specifier] : [resolve(dirname(briefPath), specifier)];
  const candidates = targets.flatMap((target) => [
    ...RESOLVED_EXTENSIONS.map((extension) => target + extension),
    ...(/\.[cm]?js$/.test(target) ? ['.ts', '.tsx', '.mts', '.cts'].map((extension) => target.replace(/\.[cm]?js$/, extension)) : []),
    ...RESOLVED_EXTENSIONS.slice(1).map((extension) => join(target, `index${extension}`)),
  ]);
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found ? { found } : { missing: targets[0]! };
}

/** Why the names an import takes are not all the module's (see moduleExports), or undefined. */
function missingExports(statement: ImportDeclaration, file: string): string | undefined {
  const exported = moduleExports(file, readFileSync(file, 'utf8'));
  if (!exported) return undefined;
  for (const specifier of statement.specifiers) {
    if (specifier.type === 'ImportNamespaceSpecifier') continue;
    const name = specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
    if (exported.has(name)) continue;
    const named = [...exported].filter((n) => n !== 'default');
    if (name === 'default') return `import ${specifier.local.name} from "${statement.source.value}": the module has no default export; import what it exports by name, e.g. import { ${named.slice(0, 3).join(', ')} } from "${statement.source.value}"`;
    const [closest] = nearest(name, named, 1);
    return `import { ${name} } from "${statement.source.value}": the module exports no "${name}"${closest ? `; did you mean "${closest}"?` : ''}`;
  }
  return undefined;
}

function isElement(node: RootContent | undefined, name: string): boolean {
  if (node?.type === 'mdxJsxFlowElement') return node.name === name;
  // A component alone on a line inside a paragraph (no blank line before it) is still that line.
  return node?.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'mdxJsxTextElement' && node.children[0].name === name;
}

function checkHtml(name: string, attributes: JsxElement['attributes'], report: (message: string) => void): void {
  const allowed = ALLOWED_HTML[name];
  if (!allowed) {
    report(`<${name}> is not allowed in a brief: use Markdown, or one of ${Object.keys(ALLOWED_HTML).map((n) => `<${n}>`).join(' ')}`);
    return;
  }
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !allowed.includes(attribute.name)) {
      const label = attribute.type === 'mdxJsxAttribute' ? `attribute "${attribute.name}"` : 'a spread attribute';
      report(`<${name}> ${label} is not allowed; allowed: ${allowed.join(', ')}`);
    } else if (attribute.name === 'cite' && typeof attribute.value === 'string' && !SAFE_URL.test(attribute.value)) {
      report(`<${name}> cite "${attribute.value}" is not an http(s) or site-relative address`);
    } else if (attribute.name === 'cite' && typeof attribute.value !== 'string') {
      // Computed, it could be any address, javascript: too.
      report(`<${name}> cite: write an http(s) or site-relative address out, in quotes`);
    }
  }
}

/**
 * Checks a brief component's literal props; returns the call, for check to complete with its
 * computed props (src/lib/run-expressions.ts), when it has some and no spread.
 */
function checkComponent(name: BriefComponentName, element: JsxElement, report: (message: string) => void, countries: ReadonlySet<string>): ComponentCall | undefined {
  const props: Record<string, unknown> = {};
  const computed: ComponentCall['computed'] = [];
  let dynamic = false;
  // A spread, or a computed prop without a tree, leaves the call to the build.
  let opaque = false;
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      dynamic = opaque = true;
      continue;
    }
    const value = attributeValue(attribute);
    if (value !== DYNAMIC) props[attribute.name] = value;
    else {
      dynamic = true;
      const expression = attribute.value as { value: string; data?: { estree?: Program } };
      if (expression.data?.estree) computed.push({ prop: attribute.name, source: expression.value, program: expression.data.estree });
      else opaque = true;
    }
  }
  const hasChildren = element.children.length > 0;
  if (TAKES_CHILDREN.has(name) && !hasChildren) report(`<${name}> needs its text between <${name}> and </${name}>`);
  if (!TAKES_CHILDREN.has(name) && hasChildren) report(`<${name}> takes no content between its tags: give everything as props and close it with />`);
  // A computed prop is checked with its value, by check (componentProblems) and where the
  // component renders (briefProps); here, the literal ones.
  propProblems(name, props, dynamic ? new Set(Object.keys(props)) : undefined).forEach(report);
  if (name === 'Map') {
    for (const prop of ['countries', 'route']) {
      const ids = props[prop];
      if (!Array.isArray(ids)) continue;
      for (const id of ids) if (typeof id === 'string' && !countries.has(id)) report(`<Map> prop "${prop}": unknown country id "${id}" (see content/entities/countries.yaml)`);
    }
  }
  return computed.length > 0 && !opaque ? { component: name, line: element.position?.start.line, props, computed } : undefined;
}

const DYNAMIC = Symbol('dynamic');

function attributeValue(attribute: MdxJsxAttribute): unknown {
  if (attribute.value === null || attribute.value === undefined) return true;
  if (typeof attribute.value === 'string') return attribute.value;
  const program = attribute.value.data?.estree as Program | undefined;
  const statement = program?.body[0];
  if (statement?.type !== 'ExpressionStatement') return DYNAMIC;
  const value = staticValue(statement.expression);
  return value === undefined ? DYNAMIC : value;
}

const FORBIDDEN_PROP = /^(?:on|set:|is:|dangerouslysetinnerhtml$|style$|srcdoc$)/i;

/** JSX written inside `{expressions}` obeys the same rules as elements written in the body. */
/**
 * The elements and attributes an expression's JSX may use: the allowed HTML, and components the
 * brief imports (`isComponent`). A name the expression binds itself (`(T) => <T>`) may hold any
 * tag, `"script"` too, so it is refused.
 */
function checkEstree(node: Program | undefined, report: (message: string) => void, isComponent: (name: string) => boolean): void {
  const bound = declaredNames(node ? [node] : []);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const n = value as { type?: string; name?: unknown };
    if (n.type === 'JSXOpeningElement') {
      const tag = n.name as { type: string; name?: string; object?: unknown };
      let root = tag;
      while (root.type === 'JSXMemberExpression') root = root.object as typeof tag;
      const name = root.type === 'JSXIdentifier' ? root.name! : '';
      if (/^[a-z]/.test(name) && tag.type === 'JSXIdentifier') {
        const allowed = ALLOWED_HTML[name];
        if (!allowed) report(`<${name}> is not allowed in a brief, in an expression either`);
        // The attributes an element in the text may have, as checkHtml allows them: none spread
        // from an object (`{...{ onclick: … }}`), and a cite written out, as a safe address.
        for (const attribute of (value as { attributes: { type: string; name?: { type: string; name?: unknown }; value?: { type: string; value?: unknown } | null }[] }).attributes) {
          const attrName = attribute.type === 'JSXAttribute' && attribute.name?.type === 'JSXIdentifier' ? String(attribute.name.name) : undefined;
          if (attrName === undefined) report(`<${name}> in an expression: ${attribute.type === 'JSXSpreadAttribute' ? 'a spread attribute' : 'this attribute'} is not allowed; write each attribute out`);
          else if (allowed && !allowed.includes(attrName)) report(`<${name}> attribute "${attrName}" is not allowed; allowed: ${allowed.join(', ')}`);
          else if (attrName === 'cite' && !(attribute.value?.type === 'Literal' && SAFE_URL.test(String(attribute.value.value)))) report(`<${name}> cite: write an http(s) or site-relative address out, in quotes`);
        }
      } else if (bound.has(name) || !isComponent(name)) {
        report(`<${name}> in an expression is no component the brief imports: an element's name may not be a value the code makes (it could name any tag); use a brief component, or one imported at the top of the brief`);
      }
    }
    // A component given another value (`T = "script"`, then `<T>`) would be any tag.
    const target = n.type === 'AssignmentExpression' ? (value as { left: { type: string; name?: string } }).left : n.type === 'UpdateExpression' ? (value as { argument: { type: string; name?: string } }).argument : undefined;
    if (target?.type === 'Identifier' && isComponent(target.name!)) report(`"${target.name}" is a component of the brief: it cannot be given another value`);
    if (n.type === 'JSXAttribute') {
      const attr = n.name as { type: string; name?: string | { name: string }; namespace?: { name: string } };
      const attrName = attr.type === 'JSXNamespacedName' ? `${attr.namespace?.name}:${(attr.name as { name: string }).name}` : String(attr.name);
      if (FORBIDDEN_PROP.test(attrName)) report(`the attribute "${attrName}" is not allowed in a brief`);
    }
    for (const key of Object.keys(value)) if (key !== 'loc' && key !== 'range' && key !== 'position') walk((value as Record<string, unknown>)[key]);
  };
  walk(node);
}

function importNode(names: string[], specifier: string): RootContent {
  const source = specifier.startsWith('.') ? specifier : `./${specifier}`;
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        attributes: [],
        specifiers: names.map((name) => ({ type: 'ImportSpecifier', imported: { type: 'Identifier', name }, local: { type: 'Identifier', name } })),
        source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
      },
    ],
  };
  return { type: 'mdxjsEsm', value: `import { ${names.join(', ')} } from ${JSON.stringify(source)};`, data: { estree } } satisfies RootContent;
}

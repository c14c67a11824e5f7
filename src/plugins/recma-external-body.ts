import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Program, Property } from 'estree';
import { walk } from 'estree-walker';
import type { VFile } from 'vfile';
import { importPath } from './import-path.ts';
import { isBrief } from './is-brief.ts';

export interface ExternalBodyOptions {
  /** The project root (Astro's config.root): the reader is imported from its src/. */
  root: URL;
  /** Where the bodies go (`<hash>.json`, in the build's cache, see bodiesDir()); none for checks. */
  bodiesDir?: URL | undefined;
}

/**
 * Moves a brief's static HTML out of its compiled module. With @astrojs/mdx's `optimize`, every
 * static stretch of a brief compiles to one `Fragment` with a `set:html` string; this plugin
 * writes those strings to one file per brief, named by the hash of its content, and leaves in
 * the module a call that reads them back (src/markdown/brief-body.ts) when the brief renders.
 * `render(entry)` works as before; what changes is that the text is no longer part of the
 * module's source, which a JavaScript engine keeps for as long as the module is loaded: Astro
 * loads every brief's module in a build, so an archive's whole text stayed in memory (about
 * 70 KB a brief). Hand-written: no MDX or Astro plugin stores static content outside the module.
 */
export function recmaExternalBody({ root, bodiesDir }: ExternalBodyOptions) {
  if (bodiesDir) mkdirSync(bodiesDir, { recursive: true });
  const reader = new URL('src/markdown/brief-body.ts', root);
  return (tree: Program, file: VFile) => {
    if (!bodiesDir || !isBrief(file)) return;
    const parts: string[] = [];
    const properties: Property[] = [];
    // estree-walker, as MDX's own JSX build walks: estree-util-visit names a new function for every node it visits.
    walk(tree, {
      enter(node) {
        if (node.type !== 'Property' || node.key.type !== 'Literal' || node.key.value !== 'set:html') return;
        if (node.value.type !== 'Literal' || typeof node.value.value !== 'string') return;
        properties.push(node);
        parts.push(node.value.value);
      },
    });
    if (parts.length === 0) return;
    const json = JSON.stringify(parts);
    const key = createHash('sha256').update(json).digest('hex').slice(0, 32);
    writeFileSync(new URL(`${key}.json`, bodiesDir), json);
    properties.forEach((property, i) => {
      property.value = { type: 'CallExpression', optional: false, callee: { type: 'Identifier', name: '_briefBody' }, arguments: [{ type: 'Literal', value: key }, { type: 'Literal', value: i }] };
    });
    tree.body.unshift({
      type: 'ImportDeclaration',
      attributes: [],
      specifiers: [{ type: 'ImportSpecifier', imported: { type: 'Identifier', name: 'briefBody' }, local: { type: 'Identifier', name: '_briefBody' } }],
      source: { type: 'Literal', value: importPath(file.path, reader) },
    });
  };
}

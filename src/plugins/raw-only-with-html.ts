import type { Node } from 'unist';
import type { Processor, Transformer } from 'unified';
import { holds } from '../lib/visit.ts';

/** The name rehype-raw gives its plugin, which Astro's MDX processor runs on every brief. */
export const RAW_PLUGIN = 'rehypeRaw';

/** Whether the tree holds a node of raw HTML, the one kind rehype-raw parses. */
export function holdsRaw(tree: Node): boolean {
  return holds(tree, 'raw');
}

/**
 * Runs rehype-raw only on a tree that holds raw HTML. Astro's MDX processor puts rehype-raw before
 * every other rehype plugin "so custom syntax highlighters work"; MDX parses no HTML, so a brief's
 * tree has no raw node unless a plugin adds one, yet rehype-raw sends the whole tree through an
 * HTML parser and back: 8% of a brief's compile. On a tree without raw HTML that round trip
 * changes nothing but how a boolean attribute is written (data-footnotes="" becomes
 * data-footnotes, the same attribute). Astro gives no option for it, so this remark plugin, which
 * unified attaches before the rehype ones, wraps rehype-raw's entry in the processor's list of
 * plugins (`attachers`, which unified reads one by one as it freezes the processor); a processor
 * without rehype-raw is left as it is. tests/unit/raw-only-with-html.test.ts holds the compile to
 * rehype-raw's output, and to skipping it.
 */
export function remarkRawOnlyWithHtml(this: Processor): undefined {
  // unified's own list, which it marks as internal: should it change, the test fails, and a build
  // only runs rehype-raw on every brief again.
  const { attachers } = this as unknown as { attachers: [plugin: (...args: unknown[]) => unknown, ...options: unknown[]][] };
  const at = attachers.findIndex(([plugin]) => plugin.name === RAW_PLUGIN);
  if (at < 0) return;
  const [raw, ...options] = attachers[at]!;
  const guarded = function (this: Processor, ...args: unknown[]) {
    const transform = raw.apply(this, args) as Transformer;
    // Two parameters, as rehype-raw's own: unified waits for a callback from a transformer of three.
    return (tree: Node, file: Parameters<Transformer>[1]) => (holdsRaw(tree) ? (transform as (t: Node, f: typeof file) => Node)(tree, file) : undefined);
  };
  // Named apart from rehype-raw, so that attaching this plugin twice never wraps it twice.
  Object.defineProperty(guarded, 'name', { value: `${RAW_PLUGIN}OnlyWithHtml` });
  attachers[at] = [guarded, ...options];
}

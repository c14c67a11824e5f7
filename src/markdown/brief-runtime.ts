import * as jsxRuntime from 'astro/jsx-runtime';
import * as server from 'astro/runtime/server/index.js';
import * as components from '../components/brief/index.ts';
import * as body from './brief-body.ts';
import { RUNTIME_KEY, type RuntimeSource } from '../lib/runtime-sources.ts';

// What a brief compiled outside the bundle reads in place of its imports
// (src/lib/external-brief.ts): the bundle's own instances of Astro's runtime and of the
// brief components, so such a brief renders exactly as a bundled one. The build imports this
// module from Astro's map of content modules, which render(entry) loads before any entry's.
const runtime: Record<RuntimeSource, object> = {
  'astro/jsx-runtime': jsxRuntime,
  'astro/runtime/server/index.js': server,
  'src/components/brief/index.ts': components,
  'src/markdown/brief-body.ts': body,
};
(globalThis as Record<symbol, unknown>)[Symbol.for(RUNTIME_KEY)] = runtime;

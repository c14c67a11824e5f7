// The brief components: usable in any brief without an import (the compiler plugin
// src/plugins/remark-brief-mdx.ts imports the ones a brief uses from here).
export { default as Callout } from './Callout.astro';
export { default as Compare } from './Compare.astro';
export { default as Figure } from './Figure.astro';
export { default as From } from './From.astro';
export { default as Map } from './Map.astro';
export { default as Quote } from './Quote.astro';

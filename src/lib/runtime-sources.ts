/**
 * What a compiled brief imports when it uses nothing but the site's brief components: Astro's
 * JSX runtime, the tag Astro puts on an MDX component, the brief components and the reader of
 * a brief's text, as a bare specifier or a path from the project's root. Such a brief is loaded
 * outside the bundle (src/lib/external-brief.ts) and reads them from the bundle
 * (src/markdown/brief-runtime.ts).
 */
export const PACKAGES = ['astro/jsx-runtime', 'astro/runtime/server/index.js'] as const;
export const PROJECT_FILES = ['src/components/brief/index.ts', 'src/markdown/brief-body.ts'] as const;
export type RuntimeSource = (typeof PACKAGES)[number] | (typeof PROJECT_FILES)[number];

/** The global, under a registered symbol, that holds them. */
export const RUNTIME_KEY = 'briefing.brief-runtime';

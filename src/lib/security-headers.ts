/**
 * The Content-Security-Policy: everything from the site itself, no inline scripts, and
 * 'wasm-unsafe-eval' because Pagefind's search runs as WebAssembly. The meta tag carries what a
 * meta tag can; the hosts' headers file adds frame-ancestors, which only works as a header.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CSP_META = DIRECTIVES.join('; ');

/**
 * The policy a page's meta tag carries. The dev server injects styles inline (Vite's CSS and
 * hot reload) and Astro's dev toolbar runs inline scripts: in dev only, both are allowed, so
 * `npm run dev` looks and behaves like the built site. The built site keeps the strict policy.
 */
export function cspMeta(dev: boolean): string {
  if (!dev) return CSP_META;
  return DIRECTIVES.map((d) => (/^(script|style)-src /.test(d) ? `${d} 'unsafe-inline'` : d)).join('; ');
}
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The `_headers` file understood by Netlify and Cloudflare Pages. */
export function headersFile(base: string): string {
  return `${base}*
  Content-Security-Policy: ${CSP_HEADER}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=()
${base}_astro/*
  Cache-Control: public, max-age=31536000, immutable
${base}pagefind/*
  Cache-Control: public, max-age=3600
`;
}

import type { APIRoute } from 'astro';
import { headersFile } from '../lib/security-headers.ts';

// Astro skips files whose names start with "_", so `_headers` is produced through a parameter.
export const getStaticPaths = () => [{ params: { headers: '_headers' } }];

/** Security and caching headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const GET: APIRoute = () => new Response(headersFile(import.meta.env.BASE_URL));

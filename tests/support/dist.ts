import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { inject } from 'vitest';

export const outDir = () => inject('outDir');
export const base = () => inject('base');
export const siteUrl = () => inject('siteUrl');
/** The SITE_URL the site was built with, or '' when none. */
export const site = () => inject('site');
/** What the site's build printed. */
export const buildLog = () => inject('buildLog');
/** The file that holds what the preview serving the site has printed. */
export const previewLog = () => inject('previewLog');

export function readOut(path: string): Promise<string> {
  return readFile(`${outDir()}/${path}`, 'utf8');
}

export async function htmlPages(): Promise<string[]> {
  const entries = await readdir(outDir(), { recursive: true });
  return entries.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).sort();
}

/** The page's address as a visitor types it (under the base path). */
export function pageUrl(file: string): string {
  return `${siteUrl()}${file.replace(/index\.html$/, '').replace(/^404\.html$/, '404/')}`;
}

export function brotliSize(text: string | Buffer): number {
  return brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export const BRIEF_IDS = [
  'eeas-asia-security-2018',
  'eu-central-asia-summit-finland',
  'eu-global-partnerships',
  'eu-russia-central-asia',
  'kallas-asia-security',
];

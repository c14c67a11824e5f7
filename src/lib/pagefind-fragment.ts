import { gunzipSync } from 'node:zlib';

/** What Pagefind keeps of a page for its results: the text it matched words in, and the page's metadata. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/**
 * A fragment file as Pagefind writes it (`fragment/en_1a2b3c4.pf_fragment`): gzipped JSON after a
 * signature. Its name is the page's id in search results. Read back by the build to learn the
 * words and ids Pagefind gave pages, which its Node API does not return.
 */
export function decodeFragment(bytes: Uint8Array): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith('pagefind_dcd')) throw new Error('not a Pagefind fragment: its signature is missing');
  return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
}

/** The id a page has in search results, from its fragment's file name. */
export const fragmentId = (file: string): string => file.replace(/\.pf_fragment$/, '');

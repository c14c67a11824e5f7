import { percentDecoded } from './hash-id.ts';

/**
 * Hosts that name the author's own machine or network, never a reader's: a link to one (often a
 * page copied from a preview, http://localhost:4321/…) opens nothing for anyone else.
 */
const LOCAL_HOST = /^(?:localhost|.+\.localhost|.+\.local|.+\.internal|.+\.lan|0\.0\.0\.0|127(?:\.\d{1,3}){3}|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|169\.254(?:\.\d{1,3}){2}|\[(?:::1?|f[cd][0-9a-f]{0,2}:[^\]]*|fe80:[^\]]*)\])$/i;

/**
 * Why a reader could not follow `url`, an address the author wrote, though it is well formed:
 * an e-mail link with no address ("mailto:", "mailto:?subject=…"), or a link to a host on the
 * author's own machine or network. Undefined for any other address, including one relative to
 * the site.
 */
export function unreachableAddress(url: string): string | undefined {
  if (/^mailto:/i.test(url)) {
    const to = percentDecoded(url.slice('mailto:'.length).split('?')[0]!);
    return to.includes('@') ? undefined : 'is an e-mail link with no address: write mailto:name@example.org';
  }
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    // Not absolute (a site link), or not an address at all, which the caller reports.
    return undefined;
  }
  return LOCAL_HOST.test(host) ? `leads to ${host}, on the author's own machine or network, which no reader can open: give its public address, or link a page of this site from the root (/briefs/…/)` : undefined;
}

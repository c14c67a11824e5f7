import { describe, expect, it } from 'vitest';
import { unreachableAddress } from '../../src/lib/unreachable-address.ts';

describe('addresses a reader cannot follow', () => {
  it('refuses an e-mail link with no address', () => {
    for (const url of ['mailto:', 'MAILTO:', 'mailto:?subject=Hi', 'mailto:press', 'mailto:%20']) expect(unreachableAddress(url), url).toMatch(/e-mail link with no address/);
    for (const url of ['mailto:press@example.org', 'mailto:press%40example.org?subject=Hi', 'mailto:a@b.org,c@d.org']) expect(unreachableAddress(url), url).toBeUndefined();
  });

  it("refuses a host on the author's own machine or network", () => {
    const local = ['http://localhost:4321/briefs/x/', 'https://LOCALHOST/', 'http://site.localhost/', 'http://printer.local/', 'http://wiki.corp.internal/', 'http://nas.lan/', 'http://127.0.0.1:8080/', 'http://0.0.0.0/', 'http://10.1.2.3/', 'http://192.168.1.4/', 'http://172.16.0.1/', 'http://172.31.255.255/', 'http://169.254.1.1/', 'http://[::1]/', 'http://[fd12:3456::1]/', 'http://[fe80::1]/'];
    for (const url of local) expect(unreachableAddress(url), url).toMatch(/on the author's own machine or network/);
    expect(unreachableAddress('http://localhost:4321/x')).toMatch(/^leads to localhost,/);
  });

  it('lets every public or site address through', () => {
    const fine = ['https://www.consilium.europa.eu/en/', 'http://172.15.0.1/', 'http://172.32.0.1/', 'http://11.0.0.1/', 'https://localhost.example.org/', 'https://[2001:db8::1]/', 'https://local.gov.uk/', '/briefs/x/', '#section', 'not an address'];
    for (const url of fine) expect(unreachableAddress(url), url).toBeUndefined();
  });
});

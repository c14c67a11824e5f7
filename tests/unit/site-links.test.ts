import { describe, expect, it } from 'vitest';
import { siteLinkProblems, unstableAddress, type KnownSite } from '../../src/lib/site-links.ts';

const site = (base = '/'): KnownSite => ({
  base,
  sections: new Map([['eu-summit', ['background', 'outcomes']]]),
  uncompiled: new Set(),
  withdrawn: new Set(['old-brief']),
  entityPages: new Set(['countries/japan', 'topics/maritime-security']),
  glossary: new Set(['cbrn', 'pesco']),
  publicFile: (path) => path === 'images/chart.png',
});
const problems = (hrefs: string[], known = site()) => siteLinkProblems(hrefs.map((href, i) => ({ href, line: i + 1 })), known).map((p) => `${p.line}: ${p.message}`);

describe("briefs' links to the site", () => {
  it('accepts the pages the build always makes, briefs and their sections, entities with a page, public files', () => {
    expect(
      problems(['/', '/glossary/#cbrn', '/search/?q=japan', '/timeline/', '/rss.xml', '/countries/', '/countries/japan/', '/topics/maritime-security/', '/briefs/eu-summit/', '/briefs/eu-summit/#outcomes', '/briefs/old-brief/', '/images/chart.png']),
    ).toEqual([]);
  });
  it('refuses what the build has no page for, naming the link, its line and the fix', () => {
    expect(problems(['/briefs/eu-sumit/', '/briefs/eu-summit/#nope', '/briefs/eu-summit', '/countries/atlantis/', '/countries/japan', '/glossary', '/nowhere/', '/images/missing.png', '/briefs/', '/glossary/#pesko'])).toEqual([
      '1: link /briefs/eu-sumit/: there is no brief "eu-sumit"; nearest: eu-summit',
      '2: link /briefs/eu-summit/#nope: brief "eu-summit" has no section "nope"; its sections: background, outcomes',
      "3: link /briefs/eu-summit: a brief's page is /briefs/eu-summit/",
      '4: link /countries/atlantis/: there is no page for countries "atlantis": it is not in content/entities/countries.yaml, or no brief tags or mentions it',
      '5: link /countries/japan: pages end in "/": write /countries/japan/',
      '6: link /glossary: pages end in "/": write /glossary/',
      '7: link /nowhere/: no page at /nowhere/',
      '8: link /images/missing.png: no page at /images/missing.png',
      '9: link /briefs/: no page at /briefs/',
      '10: link /glossary/#pesko: the glossary has no entry "pesko"; nearest: pesco, cbrn',
    ]);
  });
  it('reads links as the build wrote them under a base path, and shows them as the author did', () => {
    const known = site('/briefing/');
    expect(problems(['/briefing/countries/japan/', '/briefing/briefs/eu-summit/#background'], known)).toEqual([]);
    expect(problems(['/briefing/countries/atlantis/', '/elsewhere/'], known)).toEqual([
      '1: link /countries/atlantis/: there is no page for countries "atlantis": it is not in content/entities/countries.yaml, or no brief tags or mentions it',
      "2: link /elsewhere/: outside the site's base path /briefing/",
    ]);
  });
  // Its own problems are reported: every link into it would repeat them.
  it('leaves the sections of a brief whose body did not compile unchecked', () => {
    const known: KnownSite = { ...site(), sections: new Map([...site().sections, ['broken', []]]), uncompiled: new Set(['broken']) };
    expect(problems(['/briefs/broken/#any-section', '/briefs/broken/'], known)).toEqual([]);
    expect(problems(['/briefs/broken/#any-section'], { ...known, uncompiled: new Set() })).toEqual(['1: link /briefs/broken/#any-section: brief "broken" has no section "any-section"; it has none']);
    // Nor a link to a brief whose file is there but refused before it was read (too large, not UTF-8).
    expect(problems(['/briefs/refused/#a-section'], { ...site(), uncompiled: new Set(['refused']) })).toEqual([]);
  });
  it('refuses addresses whose page holds other briefs as the archive grows, or may not exist', () => {
    for (const href of ['/page/2/', '/timeline/3/', '/countries/japan/2/', '/topics/maritime-security/4/#x']) expect(unstableAddress(href)).toMatch(/numbered page of a list/);
    expect(unstableAddress('/timeline/countries/japan/')).toMatch(/filtered timeline/);
    // The ids of other pages are the layout's or positions in a list: they move as briefs are added.
    for (const href of ['/countries/kazakhstan/#about-heading', '/timeline/#event-3', '/#newest-heading', '/search/#site-search']) {
      expect(unstableAddress(href)).toBe(`only a brief's sections and the glossary's entries have anchors that stay put: link ${href.replace(/#.*/, '')} without "${href.replace(/^[^#]*/, '')}"`);
    }
    for (const href of ['/briefs/eu-summit/#outcomes', '/glossary/#csdp', '/briefs/eu-summit#outcomes', '/countries/japan/#', '#outcomes']) expect(unstableAddress(href)).toBeUndefined();
    for (const href of ['/timeline/', '/countries/japan/', '/briefs/eu-summit/#outcomes', '/images/2024/3', 'https://example.org/page/2/', '//cdn.example/page/2/']) expect(unstableAddress(href)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { unwatched } from '../../src/lib/unwatched.ts';

describe('what the dev server does not watch', () => {
  const skip = unwatched(new URL('file:///work/briefs [old]/'));

  it('leaves the project’s output, bench and test folders alone, and a build’s staging folders', () => {
    for (const path of ['/work/briefs [old]/dist', '/work/briefs [old]/dist/index.html', '/work/briefs [old]/bench-out/n1000/content/briefs/a.mdx', '/work/briefs [old]/.test-out/lane-x/src/a.ts', '/work/briefs [old]/test-results/x', '/work/briefs [old]/.dist.staging-123/index.html']) {
      expect(skip(path), path).toBe(true);
    }
  });

  it('watches the rest: sources, content, and folders that only begin like those', () => {
    for (const path of ['/work/briefs [old]', '/work/briefs [old]/src/pages/index.astro', '/work/briefs [old]/content/briefs/dist.mdx', '/work/briefs [old]/distant/a.ts', '/work/briefs [old]/src/dist/a.ts', '/work/briefs 1/dist/index.html']) {
      expect(skip(path), path).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { contentRoot, projectRoot } from '../../src/lib/content-root.ts';
import { loadRegistry, registryIds } from '../../src/lib/registry.ts';
import { random, rareName, syntheticBrief } from '../../src/lib/synthetic.ts';
import { validateBrief } from '../../src/lib/validate-brief.ts';
import { createBriefSchema } from '../../src/schemas/brief.ts';
import { briefMdxRenderer } from '../../src/markdown/pipeline.ts';

describe('synthetic briefs for the benchmark', () => {
  const registry = loadRegistry(contentRoot(projectRoot));
  const schema = createBriefSchema(registryIds(registry));
  const path = new URL('content/briefs/synthetic.mdx', projectRoot).pathname;
  it('each carry a name no other brief has', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => rareName(i + 1));
    expect(new Set(names).size).toBe(20_000);
    expect(syntheticBrief(4242, registry)).toContain(`author: Analyst ${rareName(4242)}`);
    expect(syntheticBrief(4242, registry)).toContain(`as analyst ${rareName(4242)} writes`);
    expect(syntheticBrief(4243, registry)).not.toContain(rareName(4242));
  });
  it('are deterministic', () => {
    expect(syntheticBrief(7, registry)).toBe(syntheticBrief(7, registry));
    expect(random(1)()).toBe(random(1)());
  });
  it('are valid briefs of about 1,600 words in 6 to 10 sections; one in ten uses brief components', async () => {
    const renderer = await briefMdxRenderer({ registry, base: '/', root: projectRoot });
    expect(syntheticBrief(10, registry)).toMatch(/<Figure type="bar"/);
    expect(syntheticBrief(11, registry)).not.toMatch(/<Figure/);
    for (const i of [1, 2, 3, 10, 50]) {
      const text = syntheticBrief(i, registry);
      expect((await validateBrief(text, path, schema, renderer)).problems).toEqual([]);
      const body = text.split('---\n')[2]!;
      const sections = body.match(/^## /gm)!.length;
      expect(sections).toBeGreaterThanOrEqual(6);
      expect(sections).toBeLessThanOrEqual(10);
      const words = body.split(/\s+/).length;
      expect(words).toBeGreaterThan(1400);
      expect(words).toBeLessThan(2000);
    }
  });
});

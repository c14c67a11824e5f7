import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { briefAnchors, missingAnchors, readManifest } from '../../src/integrations/published-anchors.ts';

const dir = await mkdtemp(`${tmpdir()}/briefing-anchors-`);
afterAll(() => rm(dir, { recursive: true, force: true }));
const manifest = async (text: string) => {
  const path = `${dir}/published-anchors.json`;
  await writeFile(path, text);
  return readManifest(path);
};

describe('published anchors', () => {
  it('reads a manifest, and none as an empty one', async () => {
    expect(await manifest('{"a": ["x", "y"]}')).toEqual({ a: ['x', 'y'] });
    expect(await readManifest(`${dir}/none.json`)).toEqual({});
  });
  it('refuses a manifest that is not brief ids with lists of section ids, naming the brief', async () => {
    await expect(manifest('{"a": ["x"], "b": "x"}')).rejects.toThrow(/published-anchors\.json: "b": a list of section ids/);
    await expect(manifest('["a"]')).rejects.toThrow(/an object of brief ids/);
    await expect(manifest('{"a": [')).rejects.toThrow(/not valid JSON/);
  });
  it("a brief's page answers to its sections and the former ids kept for them", () => {
    expect(briefAnchors(['outcomes', 'background'], { outcomes: ['results', 'decisions'] })).toEqual(['background', 'decisions', 'outcomes', 'results']);
  });
  it('lists the published anchors that no longer answer', () => {
    expect(missingAnchors({ a: ['x', 'y'], gone: ['z'] }, { a: ['x'] })).toEqual(['a#y', 'gone#z']);
  });
});

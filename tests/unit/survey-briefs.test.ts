import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { surveyBriefs } from '../../src/loaders/brief-loader.ts';

describe('the briefs folder, surveyed before any brief is parsed', () => {
  let dir = '';
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a link to a file elsewhere, which would publish whatever is there when the site builds', async () => {
    dir = await mkdtemp(`${tmpdir()}/briefing-survey-`);
    await mkdir(`${dir}/briefs`);
    await writeFile(`${dir}/outside.mdx`, '---\ntitle: From outside\n---\n');
    await writeFile(`${dir}/briefs/own-brief.mdx`, '---\ntitle: Its own\n---\n');
    await symlink(`${dir}/outside.mdx`, `${dir}/briefs/linked-brief.mdx`);
    const { ids, refused } = await surveyBriefs(pathToFileURL(`${dir}/briefs/`));
    expect(ids).toEqual(['own-brief']);
    expect(refused).toEqual([{ file: `${dir}/briefs/linked-brief.mdx`, message: expect.stringMatching(/^is a link to another file: a brief is a file of its own/) }]);
  });
});

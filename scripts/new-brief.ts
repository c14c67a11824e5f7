// npm run new-brief -- "Title" [--id some-id]: writes content/briefs/<id>.mdx with every field,
// valid as it stands once the placeholders are replaced (npm run check says which are still wrong).
// The id is made from the title unless given.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ID_PATTERN, lettersOutsideIds, toId } from '../src/lib/brief-files.ts';
import { sameTitles } from '../src/lib/brief-checks.ts';
import { briefsDir, contentRoot, projectRoot } from '../src/lib/content-root.ts';
import { surveyBriefs } from '../src/loaders/brief-loader.ts';
import { newBriefText } from '../src/lib/new-brief.ts';
import { TITLE_MAX } from '../src/schemas/brief.ts';

const USAGE = 'usage: npm run new-brief -- "Title of the brief" [--id brief-id]';
let parsed;
try {
  parsed = parseArgs({ options: { id: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const title = parsed.positionals.join(' ').trim();
if (!title) {
  console.error(USAGE);
  process.exit(2);
}
// Refused here as check would refuse it, before a file name that long fails to be written.
if (title.length > TITLE_MAX) {
  console.error(`the title has ${title.length} characters; a brief's title has at most ${TITLE_MAX}: put the rest in the summary`);
  process.exit(2);
}
const given = parsed.values.id;
if (given !== undefined && !ID_PATTERN.test(given)) {
  console.error(`--id "${given}" is not a brief id: use lowercase words joined by hyphens, e.g. "${toId(given) || 'kallas-asia-security'}"`);
  process.exit(2);
}
// An id is made from Latin letters only: one made from what is left of a title in another script would not name the brief.
const outside = lettersOutsideIds(title);
if (given === undefined && outside.length > 0) {
  console.error(`"${title}" has letters an id cannot hold (${outside.slice(0, 5).join(', ')}): give the brief's id as well, in lowercase Latin words joined by hyphens: npm run new-brief -- "${title}" --id brief-id`);
  process.exit(2);
}
const id = given ?? toId(title);
if (!id) {
  console.error(`"${title}" has no letters or digits to make a brief id from: give a title in words, or --id`);
  process.exit(2);
}
const path = fileURLToPath(new URL(`briefs/${id}.mdx`, contentRoot(projectRoot)));
if (existsSync(path)) {
  console.error(`${path} already exists: choose another title or edit that brief`);
  process.exit(1);
}
// Refused here as check would refuse the two briefs, naming the one that has the title.
const dir = briefsDir(projectRoot);
const titled = await Promise.all(
  (await surveyBriefs(dir)).ids.map(async (other) => {
    try {
      const { frontmatter } = parseFrontmatter(await readFile(new URL(`${other}.mdx`, dir), 'utf8'));
      return typeof frontmatter['title'] === 'string' ? [{ id: other, title: frontmatter['title'] }] : [];
    } catch {
      // A brief whose frontmatter does not parse is check's to report.
      return [];
    }
  }),
);
const alike = sameTitles([...titled.flat(), { id, title }]).get(id);
if (alike) {
  console.error(`${alike.map((other) => `${other}.mdx`).join(', ')} has that title already: a reader could not tell two briefs of one title apart in lists, search and feeds; give the new brief a title of its own, or edit that brief`);
  process.exit(1);
}
await writeFile(path, newBriefText(title, new Date().toISOString().slice(0, 10)));
console.log(`wrote ${path}\nnext: fill in the fields, write the sections, then npm run check`);

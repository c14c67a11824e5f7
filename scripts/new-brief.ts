// npm run new-brief -- "Title": writes content/briefs/<slug>.mdx with every field, valid as it stands
// once the placeholders are replaced (npm run check says which are still wrong).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { toId } from '../src/lib/brief-files.ts';
import { contentRoot, projectRoot } from '../src/lib/content-root.ts';
import { newBriefText } from '../src/lib/new-brief.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('usage: npm run new-brief -- "Title of the brief"');
  process.exit(2);
}
const id = toId(title);
if (!id) {
  console.error(`"${title}" has no letters or digits to make a brief id from: give a title in words`);
  process.exit(2);
}
const path = fileURLToPath(new URL(`briefs/${id}.mdx`, contentRoot(projectRoot)));
if (existsSync(path)) {
  console.error(`${path} already exists: choose another title or edit that brief`);
  process.exit(1);
}
await writeFile(path, newBriefText(title, new Date().toISOString().slice(0, 10)));
console.log(`wrote ${path}\nnext: fill in the fields, write the sections, then npm run check`);

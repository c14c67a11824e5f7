// npm run anchors:record: after `npm run build`, adds every section anchor of the built site to
// content/published-anchors.json. The record only grows: the build then refuses to drop any of them.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentRoot, projectRoot } from '../src/lib/content-root.ts';
import { readManifest } from '../src/integrations/published-anchors.ts';

const outDir = process.env['BRIEFING_OUT'] ?? 'dist';
const recordPath = fileURLToPath(new URL('published-anchors.json', contentRoot(projectRoot)));
const built = JSON.parse(await readFile(`${outDir}/anchors.json`, 'utf8')) as Record<string, string[]>;
const record = await readManifest(recordPath);
let added = 0;
for (const [brief, ids] of Object.entries(built)) {
  const known = new Set(record[brief] ?? []);
  for (const id of ids) if (!known.has(id)) (known.add(id), added++);
  record[brief] = [...known].sort();
}
const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
await writeFile(recordPath, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`published anchors: ${added} added, ${Object.values(sorted).flat().length} recorded in ${recordPath}`);

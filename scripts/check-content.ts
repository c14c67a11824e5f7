// npm run check: validates all content in a second or two, without building, and prints every
// problem at once. Exit code 1 when anything is wrong.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import { loadRegistry, registryIds } from '../src/lib/registry.ts';
import { createBriefSchema } from '../src/schemas/brief.ts';
import { crossLinkProblems, validateBrief, type BriefReport } from '../src/lib/validate-brief.ts';
import { formatProblems } from '../src/lib/brief-checks.ts';

const root = contentRoot();
const errors: string[] = [];
let registry;
try {
  registry = loadRegistry(root);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const schema = createBriefSchema(registryIds(registry));
const briefsDir = fileURLToPath(new URL('briefs/', root));
const files = (await readdir(briefsDir)).filter((f) => f.endsWith('.mdx')).sort();
const reports = new Map<string, BriefReport & { file: string }>();
for (const name of files) {
  const file = relative(process.cwd(), `${briefsDir}${name}`);
  const report = validateBrief(await readFile(`${briefsDir}${name}`, 'utf8'), schema);
  reports.set(name.replace(/\.mdx$/, ''), { ...report, file });
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/.test(name)) {
    report.problems.unshift({ field: 'file name', message: 'brief ids are lowercase words joined by hyphens, e.g. "kallas-asia-security.mdx"' });
  }
}
const sections = new Map([...reports].map(([id, r]) => [id, r.sections]));
for (const report of reports.values()) {
  const problems = [...report.problems, ...crossLinkProblems(report.links, sections)];
  if (problems.length > 0) errors.push(formatProblems(report.file, problems));
}
if (errors.length > 0) {
  console.error(`${errors.length} of ${files.length} briefs have problems:\n${errors.join('\n')}`);
  process.exit(1);
}
console.log(`content ok: ${files.length} briefs, ${Object.values(registry.entities).flat().length} entities, ${registry.glossary.length} glossary entries`);

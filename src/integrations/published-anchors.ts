import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** brief id -> every section id its page answers to (current and former). */
export type AnchorManifest = Record<string, string[]>;

/** Every anchor a brief's page answers to: its section ids (## and ###) and the former ids kept for them. */
export function briefAnchors(sections: readonly string[], formerIds: Readonly<Record<string, readonly string[]>>): string[] {
  return [...sections, ...Object.values(formerIds).flat()].sort();
}

/**
 * Every `brief#section` once published must keep working. `content/published-anchors.json` records
 * them; an anchor missing from the new build is an error until it is kept as a former id.
 */
export function missingAnchors(published: AnchorManifest, built: AnchorManifest): string[] {
  const missing: string[] = [];
  for (const [brief, ids] of Object.entries(published)) {
    const now = new Set(built[brief] ?? []);
    for (const id of ids) if (!now.has(id)) missing.push(`${brief}#${id}`);
  }
  return missing;
}

const manifestSchema = z.record(z.string(), z.array(z.string(), { error: 'a list of section ids, e.g. ["background", "outcomes"]' }), {
  error: 'an object of brief ids, each with its list of section ids',
});

/** A manifest file (`content/published-anchors.json`, a build's `anchors.json`); none is an empty one. */
export async function readManifest(path: string): Promise<AnchorManifest> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const result = manifestSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`${path}: ${result.error.issues.map((issue) => `${issue.path.length > 0 ? `"${issue.path.join('.')}": ` : ''}${issue.message}`).join('; ')}`);
  }
  return result.data;
}

/** The build's advice for a published anchor that has gone. */
export const KEEP_ANCHORS =
  'Keep each as a former id: in the brief\'s frontmatter, formerIds: { <new-section-id>: [<old-id>] }, or pin the id with "## Heading [#old-id]". ' +
  'To withdraw a whole brief, run npm run retire -- <id>: its address and anchors then answer with a "withdrawn" page.';

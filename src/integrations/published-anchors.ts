import { readFile } from 'node:fs/promises';

/** brief id -> every section id its page answers to (current and former). */
export type AnchorManifest = Record<string, string[]>;

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

export async function readManifest(path: string): Promise<AnchorManifest> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as AnchorManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

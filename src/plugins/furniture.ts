import type { VFile } from 'vfile';

/**
 * Whether the text a plugin walks, in reading order, is in a section about the source's page
 * furniture (its tag list, its references: the brief's `furniture`, src/schemas/brief.ts), which
 * names what the brief does not discuss. Told each ## and ### heading: a ### within a furniture ##
 * is part of it, and a ### listed itself is too.
 */
export function furnitureSections(file: VFile): { heading(rank: number, id: string): void; readonly inside: boolean } {
  const ids = new Set((file.data.astro?.frontmatter?.['furniture'] as string[] | undefined) ?? []);
  let section = false;
  let inside = false;
  return {
    heading(rank, id) {
      if (rank === 2) section = ids.has(id);
      if (rank === 2 || rank === 3) inside = section || ids.has(id);
    },
    get inside() {
      return inside;
    },
  };
}

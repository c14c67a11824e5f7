import { getEntry } from 'astro:content';
import type { Retired } from '../schemas/retired.ts';

let retired: Promise<Retired[]> | undefined;

/** Withdrawn briefs (content/retired.yaml), once per build. */
export function getRetired(): Promise<Retired[]> {
  retired ??= (async () => (await getEntry('retired', 'list'))?.data.briefs ?? [])();
  return retired;
}

import type { Entity, EntityKind } from '../schemas/entity.ts';

export interface Mention {
  start: number;
  end: number;
  /** "countries/japan" */
  key: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds one regular expression over every name and alias, longest first, so "South Korea" wins
 * over "Korea" and each text node is scanned once whatever the size of the registry. Names are
 * matched case-sensitively ("US" is not "us"); topics, which are common phrases, are not.
 */
export function createMentionFinder(entities: Record<EntityKind, Entity[]>) {
  const names = new Map<string, string>();
  const topicNames = new Map<string, string>();
  for (const [kind, list] of Object.entries(entities) as [EntityKind, Entity[]][]) {
    for (const entity of list) {
      for (const name of [entity.name, ...entity.aliases]) {
        if (kind === 'topics') topicNames.set(name.toLowerCase(), `${kind}/${entity.id}`);
        else names.set(name, `${kind}/${entity.id}`);
      }
    }
  }
  const alternation = (keys: Iterable<string>) =>
    [...keys].sort((a, b) => b.length - a.length).map(escape).join('|') || '(?!)';
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(${alternation(names.keys())})|((?i:${alternation(topicNames.keys())})))(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return function findMentions(text: string): Mention[] {
    const found: Mention[] = [];
    for (const match of text.matchAll(pattern)) {
      const key = match[1] !== undefined ? names.get(match[1]) : topicNames.get(match[2]!.toLowerCase());
      if (key) found.push({ start: match.index, end: match.index + match[0].length, key });
    }
    return found;
  };
}

/** Character ranges of a text that sit inside quotation marks, where the site never adds links. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/“[^”]*”|"[^"]*"/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

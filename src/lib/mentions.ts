import type { Entity, EntityKind } from '../schemas/entity.ts';
import { alternation } from './alternation.ts';

export interface Mention {
  start: number;
  end: number;
  /** "countries/japan" */
  key: string;
}

/**
 * Builds one regular expression over all names and aliases, longest first, so "South Korea" wins
 * over "Korea" and each text node is scanned once whatever the size of the registry. Names are
 * matched case-sensitively ("US" is not "us"); topics, which are common phrases, are not, so they
 * get a second, case-insensitive expression (V8's inline (?i:) groups misbehave in alternations).
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
  // A name may be broken across the lines of a source text: any run of white space matches its
  // spaces. That it starts a word is checked on each match (startsWord): a lookbehind at the head
  // of the expression kept V8 from skipping ahead to where a name can start (0.84 ms a brief's
  // scan, against 0.54 ms).
  const expression = (keys: Iterable<string>, flags: string) => {
    const words = alternation(keys).replaceAll(' ', '\\s+');
    return words ? new RegExp(`(?:${words})(?![\\p{L}\\p{N}])`, flags) : undefined;
  };
  const searches = [
    { pattern: expression(names.keys(), 'gu'), lookup: (m: string) => names.get(singleSpaced(m)) },
    { pattern: expression(topicNames.keys(), 'giu'), lookup: (m: string) => topicNames.get(singleSpaced(m).toLowerCase()) },
  ];
  /**
   * Mentions in reading order. By default overlapping ones are resolved for linking: the earlier
   * (then longer) wins. With `overlapping`, every mention is kept, so "UN" in "UN peacekeeping"
   * counts for the United Nations as well as for the topic.
   */
  return function findMentions(text: string, { overlapping = false } = {}): Mention[] {
    const found: Mention[] = [];
    for (const { pattern, lookup } of searches) {
      if (!pattern) continue;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        // Mid-word: the next match may start inside this one ("aSouth Korea" holds "Korea").
        if (!startsWord(text, match.index)) {
          pattern.lastIndex = match.index + 1;
          continue;
        }
        const key = lookup(match[0]);
        if (key) found.push({ start: match.index, end: match.index + match[0].length, key });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return overlapping ? found : withoutOverlaps(found);
  };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether `index` of `text` starts a word: no letter or digit before it (one beyond the BMP included). */
function startsWord(text: string, index: number): boolean {
  const before = [...text.slice(Math.max(0, index - 2), index)].at(-1);
  return before === undefined || !WORD_CHARACTER.test(before);
}

/** A text with every run of white space made one space, as names are written in the registry. */
export function singleSpaced(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Whether a character code is one that `\s` matches in a JavaScript regular expression. */
function isWhite(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * For each position of a text, where it falls in the text single-spaced: entry `i` is
 * `singleSpaced(text.slice(0, i)).length`. One pass for a block, where single-spacing the text
 * before each of its mentions took a sixth of the entity links' time (docs/performance.md).
 */
export function spacedOffsets(text: string): Int32Array {
  const offsets = new Int32Array(text.length + 1);
  let out = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = out;
    const white = isWhite(text.charCodeAt(i));
    if (!white || !inRun) out++;
    inRun = white;
  }
  offsets[text.length] = out;
  return offsets;
}

/** Mentions in reading order with overlaps resolved: the earlier (then longer) one wins. */
export function withoutOverlaps(found: readonly Mention[]): Mention[] {
  let covered = 0;
  return found.filter((m) => {
    if (m.start < covered) return false;
    covered = m.end;
    return true;
  });
}

/** Character ranges of a text that sit inside quotation marks, where the site never adds links. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/“[^”]*”|"[^"]*"/g)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

import type { Node, Parent } from 'unist';
import { SKIP as LIBRARY_SKIP, visit as libraryVisit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/plugins/calm-links.ts';
import { EXIT, holds, SKIP, visit } from '../../src/lib/visit.ts';

/** A small deterministic random generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type TestNode = Node & { n: number; children?: TestNode[] };
const TYPES = ['element', 'text', 'heading', 'code'];

function tree(rand: () => number): TestNode {
  let n = 0;
  const make = (depth: number): TestNode => {
    const type = TYPES[Math.floor(rand() * TYPES.length)]!;
    const node: TestNode = { type, n: n++ };
    if (depth < 4 && type !== 'text') node.children = Array.from({ length: Math.floor(rand() * 4) }, () => make(depth + 1));
    return node;
  };
  return { type: 'root', n: n++, children: [make(0), make(0), make(0)] };
}

/**
 * A visitor that does what the site's plugins do: skips some nodes, inserts a sibling before
 * some and goes on after it, removes some, stops at one. Every call is written down, with the
 * index and the parent it was given.
 */
function visitor(log: string[], skip: unknown, exit: unknown, seed: number) {
  const rand = random(seed);
  let added = 1000;
  return (node: Node, index: number | undefined, parent: Parent | undefined) => {
    const n = (node as TestNode).n;
    log.push(`${n}@${index}<${(parent as TestNode | undefined)?.n}`);
    const roll = rand();
    if (roll < 0.15) return skip;
    if (roll < 0.2 && parent && index !== undefined) {
      parent.children.splice(index, 0, { type: 'text', n: added++ } as TestNode);
      return index + 2;
    }
    if (roll < 0.23 && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    if (roll > 0.995) return exit;
    return undefined;
  };
}

describe('visit (src/lib/visit.ts)', () => {
  it('walks as unist-util-visit does, on random trees, with every test, result and edit the plugins use', () => {
    let calls = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const ours = tree(random(seed));
      const theirs = structuredClone(ours);
      const tests = [undefined, 'element', ['text', 'heading']] as const;
      const test = tests[seed % tests.length];
      const a: string[] = [];
      const b: string[] = [];
      if (test === undefined) {
        visit(ours, visitor(a, SKIP, EXIT, seed) as never);
        libraryVisit(theirs, visitor(b, LIBRARY_SKIP, false, seed) as never);
      } else {
        visit(ours, test, visitor(a, SKIP, EXIT, seed) as never);
        libraryVisit(theirs, test as never, visitor(b, LIBRARY_SKIP, false, seed) as never);
      }
      expect(a, `seed ${seed}`).toEqual(b);
      expect(ours, `seed ${seed}`).toEqual(theirs);
      calls += a.length;
    }
    // Not a comparison of two empty walks.
    expect(calls).toBeGreaterThan(2000);
  });

  it('does not enter a skipped node and stops at EXIT', () => {
    const root: TestNode = { type: 'root', n: 0, children: [{ type: 'element', n: 1, children: [{ type: 'text', n: 2 }] }, { type: 'text', n: 3 }, { type: 'text', n: 4 }] };
    const seen: number[] = [];
    visit(root, (node) => {
      seen.push((node as TestNode).n);
      if ((node as TestNode).n === 1) return SKIP;
      if ((node as TestNode).n === 3) return EXIT;
      return undefined;
    });
    expect(seen).toEqual([0, 1, 3]);
  });
});

describe('countWords', () => {
  it('counts the runs between spaces that hold a letter or a digit, as a split would', () => {
    const bySplit = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    const pieces = ['word', '—', '€12bn', ' ', '\n', '\u00a0', '(', ')', 'Häkkänen', '…', '2025', '  ', '\t', '-', 'a-b', '“', '”'];
    const rand = random(7);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(rand() * 30) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      expect(countWords(text), JSON.stringify(text)).toBe(bySplit(text));
    }
    expect(countWords('The EU’s €12bn — agreed in 2025.')).toBe(6);
  });
});

describe('holds', () => {
  const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', children: [{ type: 'raw', value: '<b>' }] }, { type: 'element', tagName: 'em', children: [] }] };
  it('finds a node of a type, the tree itself included, and one that passes a test', () => {
    expect(holds(tree, 'raw')).toBe(true);
    expect(holds(tree, 'root')).toBe(true);
    expect(holds(tree, 'text')).toBe(false);
    expect(holds(tree, ['text', 'element'], (node) => (node as { tagName?: string }).tagName === 'em')).toBe(true);
    expect(holds(tree, ['text', 'element'], (node) => (node as { tagName?: string }).tagName === 'a')).toBe(false);
  });
  it('stops at the first it finds', () => {
    const seen: string[] = [];
    holds(tree, 'element', (node) => (seen.push((node as { tagName?: string }).tagName ?? ''), true));
    expect(seen).toEqual(['p']);
  });
});

import type { SOURCE_KINDS } from '../schemas/brief.ts';

type SourceKind = (typeof SOURCE_KINDS)[number];

const KIND_NAMES: Record<SourceKind, string> = {
  newsletter: 'Newsletter issue',
  'policy-brief': 'Policy brief',
  'blog-post': 'Blog post',
  'news-report': 'News report',
  'press-release': 'Press release',
};

export function sourceKindName(kind: SourceKind): string {
  return KIND_NAMES[kind];
}

const PRECISION_NOTES = { year: 'year only', month: 'month only', day: '' } as const;

/** What a reader should know about how precise a date is: "year only", "month only" or nothing. */
export function precisionNote(precision: keyof typeof PRECISION_NOTES): string {
  return PRECISION_NOTES[precision];
}

/** A number as the site writes it: "20,000", British English with thousands separated. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** A count and its noun: "1 brief", "20,000 briefs". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

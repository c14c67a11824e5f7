import { formatDate, type PartialDate } from './dates.ts';
import { sourceKindName } from './labels.ts';
import type { SOURCE_KINDS } from '../schemas/brief.ts';

interface SourceLike {
  title: string;
  kind: (typeof SOURCE_KINDS)[number];
  publisher: string;
  author?: string | undefined;
  published: PartialDate;
  dateInferred?: boolean | undefined;
  archived?: boolean | undefined;
  citedFrom?: string | undefined;
}

/** The source's own citation, in a plain style: Author. "Title". Publisher, date (kind). */
export function sourceCitation(source: SourceLike): string {
  const parts = [
    source.author && source.author !== source.publisher ? `${source.author}.` : '',
    `“${source.title}”.`,
    `${source.publisher},`,
    `${formatDate(source.published)}${source.dateInferred ? ' (date inferred)' : ''}.`,
    `${sourceKindName(source.kind)}${source.citedFrom ? `, citing the ${source.citedFrom}` : ''}${source.archived ? ', archived by its publisher' : ''}.`,
  ];
  return parts.filter(Boolean).join(' ');
}

/** A citation of a brief (or one of its sections) on this site, as a reader would paste it. */
export function briefCitation(input: { title: string; section?: string | undefined; url: string; updated: string; accessed: string }): string {
  const section = input.section ? `, section “${input.section}”` : '';
  return `“${input.title}”${section}. Briefing. ${input.url} (last updated ${input.updated}; accessed ${input.accessed}).`;
}

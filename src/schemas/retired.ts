import { z } from 'zod';
import { ID_PATTERN } from '../lib/brief-files.ts';
import { partialDate } from './partial-date.ts';
import { strictObject } from './strict.ts';
import { list, text } from './text.ts';

const id = z.string().regex(ID_PATTERN, 'an id as in the page address, e.g. "kallas-asia-security"');

/** A withdrawn brief (content/retired.yaml): its address and anchors answer with a "withdrawn" page. */
export const retiredSchema = strictObject({
  id,
  title: text,
  retired: partialDate,
  reason: z.string().trim().min(1, 'empty: say why the brief was withdrawn'),
  /** Every section anchor the brief had, so links to them still land. */
  sections: list(id).default([]),
  /** A brief that replaces it, if any. */
  replacedBy: id.optional(),
});

export type Retired = z.output<typeof retiredSchema>;

/** content/retired.yaml as one collection entry (see src/loaders/retired-loader.ts). */
export const retiredListSchema = z.object({ briefs: z.array(retiredSchema) });

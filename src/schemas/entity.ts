// The codes alone: the package's main entry also loads every language's names (20 ms in each worker).
import isoCountries from 'i18n-iso-countries/index.js';
import { z } from 'zod';
import { ID_PATTERN } from '../lib/brief-files.ts';
import { MONTHS } from '../lib/dates.ts';
import { isStopWord } from '../lib/stop-words.ts';
import { strictObject } from './strict.ts';
import { EMPTY_OPTIONAL_TEXT, EMPTY_TEXT, list, typeset } from './text.ts';

export const ENTITY_KINDS = ['countries', 'regions', 'organisations', 'people', 'topics'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const id = z
  .string()
  .regex(ID_PATTERN, 'ids are lowercase words joined by hyphens, e.g. "south-korea"');

const entityFields = {
  id,
  name: z.string().min(1, EMPTY_TEXT),
  /** Other names the texts use, found in the rendered text to build "what links here". */
  aliases: list(
    z
      .string()
      .min(1, EMPTY_TEXT)
      // Found wherever the text has it: "the" would make every sentence a mention, "May" every date in May.
      .refine((alias) => !isStopWord(alias) && !MONTHS.some((month) => month.toLowerCase() === alias.toLowerCase()), {
        error: (issue) => `"${String(issue.input)}" is a common word, which the texts use for other things (a date's month, the grammar of a sentence): every use would count as a mention; give a name that is only this entity's, e.g. the full name`,
      }),
  ).default([]),
  // Printed as the briefs' text is (typeset); names stay as written, since mentions are matched by them.
  description: z.string().min(1, 'empty: one line, written from the sources').overwrite(typeset),
};

export const entitySchema = strictObject(entityFields);

export const countrySchema = strictObject({
  ...entityFields,
  // The code finds the country's shape on its map: one that is no country's draws nothing.
  iso: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. "JP"')
    .refine((code) => isoCountries.isValid(code), { error: (issue) => `"${String(issue.input)}" is no country's ISO 3166-1 alpha-2 code: look the country up, e.g. "JP" for Japan, "GB" for the United Kingdom` }),
});

export const glossarySchema = strictObject({
  id,
  abbr: z.string().min(1, EMPTY_TEXT),
  expansion: z.string().min(1, EMPTY_TEXT),
  description: z.string().min(1, EMPTY_OPTIONAL_TEXT).overwrite(typeset).optional(),
});

export type Entity = z.output<typeof entitySchema> & { iso?: string };
export type GlossaryEntry = z.output<typeof glossarySchema>;

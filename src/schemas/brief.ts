import { z } from 'zod';
import { ID_PATTERN } from '../lib/brief-files.ts';
import { strictObject } from './strict.ts';
import { givenText, linkedUrl, list, listOf, optionalText, text } from './text.ts';
import { ENTITY_KINDS, type EntityKind } from './entity.ts';
import { partialDate, pastDate } from './partial-date.ts';
import { nearest } from '../lib/nearest.ts';
import { repeats } from '../lib/repeats.ts';
import { placeholderPaths } from '../lib/placeholders.ts';
import { amount } from './brief-components.ts';

export const SOURCE_KINDS = ['newsletter', 'policy-brief', 'blog-post', 'news-report', 'press-release'] as const;

/** Known entity ids by kind, so a brief's references are checked against the registry. */
export type RegistryIds = Record<EntityKind, readonly string[]>;

/** The longest title a brief may have: it is the page's heading and the name in every list. */
export const TITLE_MAX = 120;

/** A yes or no, written true or false (YAML reads "yes" as text). */
const yesOrNo = z.boolean({ error: 'write true or false' });
const sectionId = z.string().regex(ID_PATTERN, 'a section id as in the page address, e.g. "barriers-to-cooperation"');

/**
 * The sentences of a text, counted by their ends: a ".", "!" or "?" before a space or the end, but
 * not the full stop of an abbreviation ("e.g.", "i.e.", "etc.", "Dr.") or of an initial ("S. Korea").
 */
export function sentenceCount(text: string): number {
  return (text.match(/(?<!\b(?:\p{Lu}|e\.g|i\.e|etc|cf|vs|Dr|Mr|Mrs|Ms|St|No|Nos|Art|Vol|approx|incl|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))[.!?][”"’)]*(?=\s|$)/gu) ?? []).length;
}

const sentences = text.superRefine((summary, ctx) => {
  const count = sentenceCount(summary);
  if (count > 3) ctx.addIssue({ code: 'custom', message: `the summary is 1 to 3 sentences; this one has ${count}: move the rest to the key points` });
});

const source = strictObject({
  title: z.string().trim().min(1, 'empty: the original title, verbatim'),
  kind: z.enum(SOURCE_KINDS, { message: `one of ${SOURCE_KINDS.join(', ')}` }),
  publisher: text,
  author: optionalText,
  editor: optionalText,
  citedFrom: optionalText,
  published: pastDate,
  dateInferred: yesOrNo.optional(),
  dateNote: optionalText,
  url: linkedUrl("give the original's absolute http(s) address").optional(),
  archived: yesOrNo.optional(),
}).superRefine((value, ctx) => {
  if (value.dateInferred && !value.dateNote) {
    // Named at dateInferred, the line that asks for the note: the missing note has no line of its own.
    ctx.addIssue({ code: 'custom', path: ['dateInferred'], message: 'dateInferred is true, so add dateNote saying how the date was worked out' });
  }
});

function idList(kind: EntityKind, registry: RegistryIds) {
  const known = registry[kind];
  const set = new Set(known);
  return list(z.string().meta({ enum: [...known] })).default([]).superRefine((ids, ctx) => {
    const again = new Set(repeats(ids).map(({ index }) => index));
    ids.forEach((id, index) => {
      if (again.has(index)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `"${id}" is given twice: remove this one` });
        return;
      }
      if (set.has(id)) return;
      // An id of another kind ("eu" under countries) is in the wrong list, not unknown.
      const other = ENTITY_KINDS.find((k) => k !== kind && registry[k].includes(id));
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: other
          ? `"${id}" is one of the ${other}, not of the ${kind}: move it to ${other}`
          : `unknown ${kind} id "${id}"; nearest known: ${nearest(id, known).join(', ')} (add it to content/entities/${kind}.yaml if it is new)`,
      });
    });
  });
}

export function createBriefSchema(registry: RegistryIds) {
  const references = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, idList(kind, registry)])) as {
    [K in EntityKind]: ReturnType<typeof idList>;
  };
  return strictObject({
    title: text
      .max(TITLE_MAX, `a title of at most ${TITLE_MAX} characters: put the rest in the summary`)
      .refine((title) => /[\p{L}\p{N}]/u.test(title), 'a title needs words, not only symbols or emoji: it is the page\'s heading and the brief\'s name in every list, feed and search result'),
    summary: sentences.pipe(z.string().max(700, 'a summary of at most 700 characters: put detail in the key points')),
    keyPoints: list(text.max(500, 'a key point of at most 500 characters: split it, or move detail to the body'))
      .min(3, 'give 3 to 7 key points')
      .max(7, 'give 3 to 7 key points'),
    source,
    /** The date the brief's facts describe (the source's date, or the period it reports). */
    asOf: pastDate,
    /** One sentence on that period, when the source's date alone would mislead. */
    asOfNote: givenText.max(400, 'a note of at most 400 characters: say when the facts stand, and why, in a sentence or two').optional(),
    ...references,
    /**
     * The timeline's events. Its country and topic filters list an event for those its label names
     * and those given in `countries` and `topics`: what its section names may have no part in it.
     */
    events: list(strictObject({ date: partialDate, label: text, section: sectionId, countries: references.countries.optional(), topics: references.topics.optional() })).default([]),
    figures: list(
      strictObject({
        label: text,
        value: amount.nonnegative('zero or more: a key figure is an amount drawn as a bar; a fall belongs in the text, or in a <Figure>').nullable(),
        unit: text,
        section: sectionId,
        partOf: optionalText,
      }),
    ).default([]),
    /** Routes drawn on the brief's map, through the listed countries in order. */
    routes: list(strictObject({ label: text, via: references.countries.pipe(z.array(z.string()).min(2, 'a route passes through at least 2 countries')), section: sectionId })).default([]),
    formerIds: z.record(sectionId, listOf(sectionId)).default({}),
    /**
     * Sections that describe the source's page furniture (its tag lists, its references): what
     * they name, the source does not discuss, so they make no mentions, links or excerpts.
     */
    furniture: list(sectionId).default([]),
    changes: list(strictObject({ date: pastDate, note: text })).default([]),
    updated: pastDate.optional(),
  }).superRefine((data, ctx) => {
    // Checked on the parsed data, so dates and ids are already known good or reported.
    for (const path of placeholderPaths(data)) {
      ctx.addIssue({ code: 'custom', path, message: 'still holds a [[placeholder]] from npm run new-brief: write the real text' });
    }
    // The same point or event twice: the page, the timeline and the feeds would show it twice.
    const repeated = (items: readonly string[], field: string, what: string) => {
      for (const { index, first } of repeats(items.map((item) => item.toLowerCase().replace(/\s+/g, ' ')))) {
        ctx.addIssue({ code: 'custom', path: [field, index], message: `the same ${what} as ${what} ${first + 1}: remove one` });
      }
    };
    repeated(data.keyPoints, 'keyPoints', 'key point');
    repeated(data.events.map((event) => `${JSON.stringify(event.date)} ${event.label}`), 'events', 'event');
    // A route is drawn on the brief's map, which shows and lists the countries the brief tags.
    // An id the registry lacks is reported once, as unknown, not also as untagged.
    const tagged = new Set(data.countries);
    const untagged = (id: string) => !tagged.has(id) && registry.countries.includes(id);
    const untaggedTopic = (id: string) => !data.topics.includes(id) && registry.topics.includes(id);
    data.events.forEach((event, index) => {
      (event.countries ?? []).forEach((id, at) => {
        if (untagged(id)) ctx.addIssue({ code: 'custom', path: ['events', index, 'countries', at], message: `"${id}" is given for the event but not in countries: tag it there (the brief is listed with every country its events concern)` });
      });
      (event.topics ?? []).forEach((id, at) => {
        if (untaggedTopic(id)) ctx.addIssue({ code: 'custom', path: ['events', index, 'topics', at], message: `"${id}" is given for the event but not in topics: tag it there (the brief is listed with every topic its events concern)` });
      });
    });
    data.routes.forEach((route, index) => {
      route.via.forEach((id, step) => {
        if (untagged(id)) ctx.addIssue({ code: 'custom', path: ['routes', index, 'via', step], message: `"${id}" is on the route but not in countries: tag it there (its map lists the brief's countries)` });
      });
    });
  });
}

export type Brief = z.output<ReturnType<typeof createBriefSchema>>;

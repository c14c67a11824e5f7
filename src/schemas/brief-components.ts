import { z } from 'zod';
import { ID_PATTERN } from '../lib/brief-files.ts';
import { repeats } from '../lib/repeats.ts';
import { pastDate } from './partial-date.ts';
import { strictObject } from './strict.ts';
import { linkedUrl, list, listOf, notGiven, optionalText, text } from './text.ts';

/** Addresses a brief may publish: http(s), mailto and site-relative (never javascript:, data: …). */
export const SAFE_URL = /^(?:https?:\/\/|mailto:|\/(?!\/)|#|\.{1,2}\/)/i;
const httpUrl = linkedUrl('give an absolute http(s) address, e.g. "https://www.politico.eu/article/…"');

const callout = strictObject({
  kind: z.enum(['context', 'correction', 'note'], { error: 'one of context, correction, note' }),
  // The day the site wrote the note, and the reference's publication: both have happened.
  date: pastDate,
  refTitle: optionalText,
  refPublisher: optionalText,
  refDate: pastDate.optional(),
  refUrl: httpUrl.optional(),
}).superRefine((value, ctx) => {
  const refs = ['refTitle', 'refPublisher', 'refDate', 'refUrl'] as const;
  const given = refs.filter((key) => value[key] !== undefined);
  if (value.kind === 'correction' || given.length > 0) {
    for (const key of refs) {
      if (value[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: `${value.kind === 'correction' ? 'a correction' : 'a reference'} needs refTitle, refPublisher, refDate and refUrl (the public record it rests on)` });
      }
    }
  }
});

/**
 * A value a chart draws. zod's own "expected number, received string" does not say what makes a
 * number text, the usual slip: quotes, or a unit written beside it (value: "3.2", value: "€3bn").
 */
export const amount = z.number({
  error: ({ input }) => {
    // Missing: the reports' own MISSING_PROP.
    if (input === undefined) return undefined;
    if (typeof input === 'number') return `${input} cannot be drawn: give a finite number, e.g. value: 2.5`;
    // YAML reads "3_000" and "1e400" as text, ".inf" as Infinity.
    return `${typeof input === 'string' ? 'text' : typeof input} where a number belongs: write the number without quotes, a unit or "_", e.g. value: 2.5 (the unit has a field of its own, unit)`;
  },
});
// A value beyond a million million million overflows the chart's arithmetic (1e308 drew "NaN"); no brief's amount is near it.
const datum = strictObject({ label: text, value: amount.refine((value) => Math.abs(value) <= 1e18, 'too large to draw beside the others: give the values in a larger unit (billion, trillion) and say so in the Figure\'s unit') });
const countryId = z.string().regex(ID_PATTERN, 'country ids as in content/entities/countries.yaml');

export const BRIEF_COMPONENT_PROPS = {
  Callout: callout,
  Quote: strictObject({ by: text, where: optionalText }, { author: 'by', speaker: 'by', name: 'by', who: 'by', source: 'where', place: 'where', occasion: 'where', context: 'where' }),
  Figure: strictObject({
    type: z.enum(['bar', 'line'], { error: 'one of bar, line' }),
    caption: text,
    unit: text,
    source: text,
    data: list(datum, { prop: true })
      .min(2, 'at least 2 values, each { label: "…", value: 1.5 }')
      .max(40)
      .superRefine((data, ctx) => {
        // Two bars or points of one name: a reader could not tell which value is which.
        for (const { index, first } of repeats(data.map(({ label }) => label.toLowerCase()))) {
          ctx.addIssue({ code: 'custom', path: [index, 'label'], message: `"${data[index]!.label}" labels value ${first + 1} too: give each value a label of its own` });
        }
      }),
  }),
  Map: strictObject({
    countries: listOf(countryId, { prop: true }),
    caption: text,
    /** A route drawn through these countries, in order (schematic). */
    route: list(countryId, { prop: true }).min(2, 'a route passes through at least 2 countries').optional(),
    routeLabel: optionalText,
  }).refine((value) => (value.route === undefined) === (value.routeLabel === undefined), { path: ['routeLabel'], message: 'give route and routeLabel together' }),
  Compare: strictObject({
    caption: text,
    columns: z.tuple([text, text], { error: 'two column titles, e.g. ["The EU", "Russia"]' }),
    rows: listOf(strictObject({ aspect: text, left: text, right: text }), { prop: true }),
  }),
  // `words` locate the passage in the original (a URL text fragment): a single word finds too much, a long run is no longer a pointer.
  From: strictObject({
    part: text,
    words: z.string().trim().max(120).refine((words) => { const n = words.split(/\s+/).filter(Boolean).length; return n >= 3 && n <= 8; }, 'copy 3 to 8 words exactly as the source words them, from the passage the section is written from, e.g. words="first EU-Central Asia Summit"'),
    sourceUrl: httpUrl.optional(),
  }),
} as const;

export type BriefComponentName = keyof typeof BRIEF_COMPONENT_PROPS;
export const BRIEF_COMPONENTS = Object.keys(BRIEF_COMPONENT_PROPS) as BriefComponentName[];

/** Components whose content is their children (the others take everything as props). */
export const TAKES_CHILDREN: ReadonlySet<BriefComponentName> = new Set(['Callout', 'Quote']);

/** What check and build say of a required prop not given (zod's own: "expected string, received undefined"). */
export const MISSING_PROP = 'missing: give it (docs/authoring.md lists every prop)';

/**
 * One line per problem: the prop, what is wrong and what is valid. With `only`, the problems of
 * those props alone (and unknown props), as checked before the others' values are known; a
 * refinement's (some weigh props together, as a correction's reference) waits for them all.
 */
export function propProblems(name: BriefComponentName, props: Record<string, unknown>, only?: ReadonlySet<string>): string[] {
  const result = BRIEF_COMPONENT_PROPS[name].safeParse(props);
  if (result.success) return [];
  const known = (issue: z.core.$ZodIssue) => issue.code === 'unrecognized_keys' || (issue.code !== 'custom' && only!.has(String(issue.path[0])));
  return result.error.issues
    .filter((issue) => !only || known(issue))
    .map((issue) => {
      const prop = issue.path.length > 0 ? `prop "${issue.path.join('.')}"` : 'props';
      return `<${name}> ${prop}: ${notGiven(issue) ? MISSING_PROP : issue.message}`;
    });
}

/**
 * Validates a brief component's props where it renders, so a prop computed by an expression is
 * checked too; `__at` (file:line, added by the compiler plugin) names the place.
 */
export function briefProps<N extends BriefComponentName>(name: N, props: Record<string, unknown>): z.output<(typeof BRIEF_COMPONENT_PROPS)[N]> {
  const { __at, ...rest } = props;
  const result = BRIEF_COMPONENT_PROPS[name].safeParse(rest);
  if (!result.success) throw new Error(`${String(__at ?? 'a brief')}: ${propProblems(name, rest).join('; ')}`);
  return result.data as z.output<(typeof BRIEF_COMPONENT_PROPS)[N]>;
}

import type { Registry } from './registry.ts';

/** A small, fast, seedable PRNG (mulberry32), so the benchmark's briefs are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the council agreed to strengthen cooperation with partners on security and defence while ministers ' +
  'discussed resilience trade routes energy supply and regional stability in a changing strategic context ' +
  'officials noted that investment in infrastructure could reduce dependence and support diversification ' +
  'analysts argue that the partnership will be tested over time as commitments turn into projects ' +
  'the report sets out priorities for dialogue capacity building training and joint exercises with allies'
).split(' ');

const SECTION_TITLES = [
  'Background', 'The decision', 'What was agreed', 'Security cooperation', 'Economic dimension', 'Regional reactions',
  'Risks and limits', 'Outlook', 'Financing', 'Implementation', 'Partners and allies', 'Open questions',
];

const COMPONENTS = `<Figure type="bar" caption="Generated amounts by field" unit="€ billion" source="The generated source" data={[{ label: "Transport", value: 3 }, { label: "Raw materials", value: 2.5 }, { label: "Energy", value: 6.4 }]} />

<Callout kind="note" date="2026-11-25">
A generated editorial note, as a brief would carry one.
</Callout>`;

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'da', 'fe', 'go', 'hu', 'ji', 'pa', 'we'];

/**
 * A made-up surname that only the brief of this index carries (its source's author, named in its
 * first section): the benchmark searches one for a word found in a single brief of an archive.
 */
export function rareName(index: number): string {
  let name = '';
  for (let n = index; n > 0 || name === ''; n = Math.floor(n / SYLLABLES.length)) name += SYLLABLES[n % SYLLABLES.length];
  return `Q${name}x`;
}

/**
 * One synthetic brief of about `words` words in 6 to 10 sections, naming entities of the real
 * registry in its text and frontmatter, with dated events pointing at its sections.
 */
export function syntheticBrief(index: number, registry: Registry, words = 1600): string {
  const rand = random(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pickSome = <T>(list: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const countries = pickSome(registry.entities.countries, 4);
  const organisations = pickSome(registry.entities.organisations, 3);
  const people = pickSome(registry.entities.people, 2);
  const topics = pickSome(registry.entities.topics, 4);
  const named = [...countries, ...organisations, ...people, ...topics];
  const sectionCount = 6 + Math.floor(rand() * 5);
  const titles = pickSome(SECTION_TITLES, 40).slice(0, sectionCount);
  const ids = titles.map((t) => t.toLowerCase().replace(/ /g, '-'));
  const perSection = Math.floor(words / titles.length);
  const body = titles
    .map((title, sectionIndex) => {
      const sentences: string[] = [];
      let count = 0;
      while (count < perSection) {
        const length = 12 + Math.floor(rand() * 14);
        const sentence = Array.from({ length }, (_, i) => (i === 4 && rand() < 0.5 ? pick(named).name : pick(WORDS)));
        sentences.push(`${sentence.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
        count += length;
      }
      // Every tagged entity is named at least once, as the build requires of a tag.
      if (sectionIndex === 0) sentences.unshift(`It concerns ${named.map((e) => e.name).join(', ')}, as analyst ${rareName(index)} writes.`);
      const paragraphs = [];
      for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
      const from = `<From part="paragraphs ${sectionIndex * 3 + 1}–${sectionIndex * 3 + 3}" words="${sentences[0]!.split(' ').slice(0, 5).join(' ')}" />`;
      // One brief in ten uses brief components with props and an expression, as real briefs do.
      const extra = index % 10 === 0 && sectionIndex === 0 ? `\n\n${COMPONENTS}` : '';
      return `## ${title}\n\n${from}\n\n${paragraphs.join('\n\n')}${extra}`;
    })
    .join('\n\n');
  const year = 2015 + Math.floor(rand() * 11);
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const list = (items: { id: string }[]) => `[${items.map((e) => e.id).join(', ')}]`;
  const events = [0, 1, 2]
    // Each concerns the brief's countries and topics, so country and topic timelines hold events as the real briefs' do.
    .map((i) => `  - date: "${year - i}-${month}"\n    label: Synthetic event ${i + 1} of brief ${index}\n    section: ${ids[i % ids.length]}\n    countries: ${list(countries)}\n    topics: ${list(topics)}`)
    .join('\n');
  return `---
title: "Synthetic brief ${index}: ${countries[0]!.name} and ${topics[0]!.name.toLowerCase()}"
summary: A generated brief for the benchmark. It names real entities of the registry.
keyPoints:
  - First generated point about ${countries[0]!.name}.
  - Second generated point about ${organisations[0]!.name}.
  - Third generated point about ${topics[0]!.name}.
source:
  title: "Generated source ${index}"
  kind: ${pick(['newsletter', 'policy-brief', 'blog-post', 'news-report', 'press-release'])}
  publisher: Benchmark generator
  author: Analyst ${rareName(index)}
  published: "${year}-${month}"
asOf: "${year}-${month}"
countries: ${list(countries)}
organisations: ${list(organisations)}
people: ${list(people)}
topics: ${list(topics)}
events:
${events}
---

${body}
`;
}

/**
 * The text of a new brief: every field present, each text to write marked as a [[placeholder]],
 * which check and build refuse until it is replaced (src/lib/placeholders.ts).
 */
export function newBriefText(title: string, today: string): string {
  const quoted = JSON.stringify(title);
  return `---
title: ${quoted}
summary: "[[One to three sentences on what the source says and why it matters.]]"
keyPoints:
  - "[[The first thing a reader should take away.]]"
  - "[[The second.]]"
  - "[[The third.]]"
source:
  title: "[[The source's original title, verbatim]]"
  kind: news-report # newsletter | policy-brief | blog-post | news-report | press-release
  publisher: "[[The publisher]]"
  author: "[[The author (delete this line if the source names none)]]"
  published: "${today}" # as precise as the source: "YYYY-MM-DD", "YYYY-MM" or "YYYY"
  dateInferred: false # true when the date is worked out, not printed; then explain in dateNote
asOf: "${today}" # the date the facts describe: the source's date, or the period it reports
countries: [] # ids from content/entities/countries.yaml
regions: []
organisations: []
people: []
topics: []
events:
  - date: "${today}"
    label: "[[What happened on that date]]"
    section: first-section
figures: []
formerIds: {}
---

## First section

<From part="[[the source's section heading or paragraph numbers]]" words="[[3 to 8 words of that passage]]" />

[[Write the brief in your own words, keeping every fact, figure, date and name of the source.]]
`;
}

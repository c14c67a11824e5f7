import { rehypeHeadingIds, unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import type { Registry } from '../lib/registry.ts';
import { rehypeAbbreviations } from '../plugins/rehype-abbreviations.ts';
import { rehypeBaseLinks } from '../plugins/rehype-base-links.ts';
import { rehypeBriefChecks } from '../plugins/rehype-brief-checks.ts';
import { rehypeCrossReferences } from '../plugins/rehype-cross-references.ts';
import { rehypeDates } from '../plugins/rehype-dates.ts';
import { rehypeEntityLinks } from '../plugins/rehype-entity-links.ts';
import { rehypeFormerIds, sectionAnchorOptions } from '../plugins/rehype-section-anchors.ts';
import { rehypeFragmentLinks } from '../plugins/rehype-fragment-links.ts';
import { rehypeRecordSections } from '../plugins/rehype-record-sections.ts';
import { rehypeTagCheck } from '../plugins/rehype-tag-check.ts';
import { rehypeTypography } from '../plugins/rehype-typography.ts';
import { rehypeUniqueIds } from '../plugins/rehype-unique-ids.ts';
import { remarkRawOnlyWithHtml } from '../plugins/raw-only-with-html.ts';
import { remarkBriefMdx } from '../plugins/remark-brief-mdx.ts';
import { remarkExpressionLines } from '../plugins/remark-expression-lines.ts';
import { remarkHeadingIds } from '../plugins/remark-heading-ids.ts';
import { NeedsFullerGfm, remarkGfmLean, type GfmLeanOptions } from '../plugins/remark-gfm-lean.ts';
import { recmaExternalBody } from '../plugins/recma-external-body.ts';
import { recmaLatin1Strings } from '../plugins/recma-latin1-strings.ts';
import { bodiesDir } from './brief-body.ts';

export interface PipelineOptions {
  registry: Registry;
  base: string;
  /** Astro's config.root. */
  root: URL;
  /** The build's cache (Astro's config.cacheDir), where the compile writes entity excerpts and brief bodies; none for checks. */
  cacheDir?: URL | undefined;
  /**
   * Given: GFM without its autolink literals (and without its tables unless `tables`), which
   * stops on a text that may hold what it leaves out (src/plugins/remark-gfm-lean.ts);
   * briefMdxRenderer then compiles it with more of GFM. Not given: remark-gfm, as configured.
   */
  lean?: GfmLeanOptions | undefined;
}

/** The folder of the entity excerpts in a cache folder (Astro's config.cacheDir). */
export function excerptsDir(cacheDir: URL): URL {
  return new URL('briefing-excerpts/', cacheDir);
}

/**
 * The pipeline of a brief, in one place: astro.config.mjs gives it to Astro's unified processor,
 * which @astrojs/mdx compiles every brief with, and `npm run check` compiles through the same
 * processor. remark-gfm runs once, as our plugin; Astro's smartypants is replaced by a faster
 * rehype pass, and its rehype-raw runs only on a tree with raw HTML (raw-only-with-html.ts). `root` is Astro's config.root.
 */
export function briefMarkdownOptions({ registry, base, root, cacheDir, lean }: PipelineOptions): UnifiedProcessorOptions {
  return {
    gfm: false,
    smartypants: false,
    remarkPlugins: [remarkRawOnlyWithHtml, lean ? [remarkGfmLean, lean] : remarkGfm, remarkHeadingIds, [remarkBriefMdx, { root, countryIds: registry.entities.countries.map((c) => c.id) }], remarkExpressionLines],
    rehypePlugins: [
      rehypeTypography,
      rehypeBriefChecks,
      rehypeHeadingIds,
      rehypeUniqueIds,
      rehypeFragmentLinks,
      rehypeCrossReferences,
      [rehypeBaseLinks, { base }],
      [rehypeEntityLinks, { entities: registry.entities, base, excerptsDir: cacheDir && excerptsDir(cacheDir) }],
      [rehypeTagCheck, { entities: registry.entities }],
      [rehypeAbbreviations, { glossary: registry.glossary, base }],
      rehypeDates,
      rehypeRecordSections,
      rehypeFormerIds,
      [rehypeAutolinkHeadings, sectionAnchorOptions],
    ],
    recmaPlugins: [[recmaExternalBody, { root, bodiesDir: cacheDir && bodiesDir(cacheDir) }], recmaLatin1Strings],
  };
}

/**
 * @astrojs/mdx's options, for astro.config.mjs and briefMdxRenderer alike. `optimize`: a brief's
 * static parts compile to HTML strings instead of a JSX call per element, so compiled modules are
 * smaller and pages render faster (a third less render time at 1,000 briefs).
 */
export const briefMdxOptions = { optimize: true } as const;

/**
 * One MDX compiler of a brief, exactly as @astrojs/mdx builds it from a processor with these
 * options: as configured (no `lean`, the default) or with a leaner GFM.
 */
export function briefMdxCompiler(options: PipelineOptions) {
  return unified(briefMarkdownOptions(options)).createMdxRenderer!(
    { syntaxHighlight: false, gfm: false, smartypants: false },
    { optimize: briefMdxOptions.optimize, srcDir: new URL('src/', options.root), sourcemap: false },
  );
}

/**
 * The MDX compiler of a brief, exactly as @astrojs/mdx builds it from the configured processor.
 * A brief is first compiled without GFM's autolink literals and tables, faster, which gives the
 * same result for a text that cannot hold them; a text that may hold a table is compiled again
 * with tables, and one that may hold an autolink literal, or any failure, as configured, so what
 * it gives or reports is always the configured processor's (tests/unit/gfm-lean.test.ts).
 */
export async function briefMdxRenderer(options: PipelineOptions) {
  const [configured, withTables, leanest] = await Promise.all([
    briefMdxCompiler({ ...options, lean: undefined }),
    briefMdxCompiler({ ...options, lean: { tables: true } }),
    briefMdxCompiler({ ...options, lean: { tables: false } }),
  ]);
  return {
    async process(content: string, filePath: string, frontmatter: Record<PropertyKey, unknown>) {
      // Plugins add to the frontmatter (what the check reads back too): a second compile starts from it as given.
      const given = { ...frontmatter };
      const again = () => {
        for (const key of Reflect.ownKeys(frontmatter)) delete frontmatter[key];
        return Object.assign(frontmatter, given);
      };
      let mayHoldTable = false;
      try {
        return await leanest.process(content, filePath, frontmatter);
      } catch (error) {
        // A text that may hold an autolink literal, or one that fails, goes straight to the configured processor.
        mayHoldTable = error instanceof NeedsFullerGfm && error.needs === 'tables';
      }
      if (mayHoldTable) {
        try {
          return await withTables.process(content, filePath, again());
        } catch {
          // As above: the configured processor gives the result, or the error, as the build reports it.
        }
      }
      return configured.process(content, filePath, again());
    },
  };
}

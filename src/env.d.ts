interface ImportMetaEnv {
  /** The project root (Astro's config.root, a file URL): defined in astro.config.mjs. */
  readonly BRIEFING_ROOT: string;
  /** The briefs folder (file URL), from the root: defined in astro.config.mjs. */
  readonly BRIEFING_BRIEFS: string;
  /** The folder (file URL) of the entity excerpts the compile writes: defined in astro.config.mjs. */
  readonly BRIEFING_EXCERPTS: string;
  /** The folder (file URL) of the brief bodies the compile writes: defined in astro.config.mjs. */
  readonly BRIEFING_BODIES: string;
}

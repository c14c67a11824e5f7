interface ImportMetaEnv {
  /** The folder (file URL) of the entity excerpts the compile writes: defined in astro.config.mjs. */
  readonly BRIEFING_EXCERPTS: string;
  /** The folder (file URL) of the brief bodies the compile writes: defined in astro.config.mjs. */
  readonly BRIEFING_BODIES: string;
}

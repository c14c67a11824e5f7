/**
 * The id an address's fragment names, percent-decoded as a browser would look it up. A link cut
 * short by a mail client ("#section%") is not valid percent-encoding, and decodeURIComponent
 * throws on it: the broken escape is dropped, or, failing that, the fragment read as written.
 */
export function idFromHash(hash: string): string {
  const raw = hash.slice(1);
  for (const text of [raw, raw.replace(/%[\da-f]?$/i, '').replace(/%(?![\da-f]{2})/gi, '')]) {
    try {
      return decodeURIComponent(text);
    } catch {
      // The next reading.
    }
  }
  return raw;
}

/**
 * The ids a fragment may have meant, most likely first: as written, in lower case (a link typed
 * in capitals), and without the punctuation a link picks up at the end of a sentence
 * ("…#pressure-from-washington." or "…)").
 */
export function idCandidates(id: string): string[] {
  const trimmed = id.replace(/[.,;:!?)\]'"’”]+$/u, '');
  return [id, id.toLowerCase(), trimmed, trimmed.toLowerCase()];
}

/** `text` percent-decoded, or as written where it holds no valid escape ("#section%"). */
export function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

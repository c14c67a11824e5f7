import { z } from 'zod';
import { editDistance, nearest } from '../lib/nearest.ts';

/**
 * An object that refuses unknown keys, naming the valid key meant: one of `synonyms` (a word an
 * author reaches for, "author" for a quotation's `by`), else the nearest valid key when it is a
 * likely misspelling. A distant nearest key would mislead ("author": did you mean "where"?), so
 * then only the valid keys are listed.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T, synonyms: Readonly<Record<string, keyof T & string>> = {}) {
  const keys = Object.keys(shape);
  const meant = (key: string): string | undefined => {
    if (Object.hasOwn(synonyms, key.toLowerCase())) return synonyms[key.toLowerCase()];
    const [closest] = nearest(key, keys, 1);
    return closest !== undefined && (closest.includes(key) || key.includes(closest) || editDistance(key.toLowerCase(), closest.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3))) ? closest : undefined;
  };
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => {
          const hint = meant(key);
          return `unknown key "${key}": ${hint ? `did you mean "${hint}"? ` : ''}Valid keys: ${keys.join(', ')}`;
        })
        .join('; ');
    },
  });
}

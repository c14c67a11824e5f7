import { z } from 'zod';
import { nearest } from '../lib/nearest.ts';

/** An object that refuses unknown keys, naming the nearest valid key (a misspelling is the usual cause). */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const keys = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((key) => `unknown key "${key}": did you mean "${nearest(key, keys, 1)[0]}"? Valid keys: ${keys.join(', ')}`)
        .join('; ');
    },
  });
}

/** Each entry of `keys` that an earlier one equals: its index, and the index of the first. */
export function repeats(keys: readonly string[]): { index: number; first: number }[] {
  const firsts = new Map<string, number>();
  const found: { index: number; first: number }[] = [];
  keys.forEach((key, index) => {
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, index);
    else found.push({ index, first });
  });
  return found;
}

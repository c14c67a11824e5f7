/**
 * `JSON.stringify({ ...head, [key]: items }, null, 2) + '\n'`, to the byte, as a stream of one
 * chunk per item: a list of every brief in an archive (briefs.json) is never held whole, as
 * objects or as one string; at 20,000 briefs building it at once took a gigabyte. Hand-written:
 * it is a few lines, where a streaming JSON library would bring its own format to match.
 */
export function prettyJsonStream(head: Record<string, unknown>, key: string, items: Iterable<unknown>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // The head's own members, then the list's key: `{\n  "count": 3,\n  "briefs": `.
  const start = `${JSON.stringify(head, null, 2).slice(0, -1).replace(/\n$/, '')}${Object.keys(head).length > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `;
  const iterator = items[Symbol.iterator]();
  let first = true;
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) {
        controller.enqueue(encoder.encode(first ? `${start}[]\n}\n` : '\n  ]\n}\n'));
        controller.close();
        return;
      }
      const item = JSON.stringify(next.value, null, 2).replace(/\n/g, '\n    ');
      controller.enqueue(encoder.encode(`${first ? `${start}[\n    ` : ',\n    '}${item}`));
      first = false;
    },
  });
}

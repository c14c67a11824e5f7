import { describe, expect, it } from 'vitest';
import { prettyJsonStream } from '../../src/lib/json-stream.ts';

const read = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe('a pretty JSON document streamed one item at a time', () => {
  it('is, to the byte, what JSON.stringify writes with two spaces of indent', async () => {
    const items = [{ id: 'a', sections: [{ id: 'x', title: 'Él “quoted”\nline' }], empty: [], nested: { n: 1, none: null } }, { id: 'b', sections: [] }, 'text', 3];
    const cases: [Record<string, unknown>, unknown[]][] = [
      [{ generated: 'build', count: items.length }, items],
      [{ generated: 'build', count: 0 }, []],
      [{}, items],
      [{}, []],
    ];
    for (const [head, list] of cases) {
      expect(await read(prettyJsonStream(head, 'briefs', list))).toBe(`${JSON.stringify({ ...head, briefs: list }, null, 2)}\n`);
    }
  });

  it('serialises each item only when the reader asks for it', async () => {
    const made: number[] = [];
    function* items() {
      for (let n = 0; n < 3; n++) {
        made.push(n);
        yield { n };
      }
    }
    const reader = prettyJsonStream({}, 'briefs', items()).getReader();
    await reader.read();
    expect(made.length).toBeLessThan(3);
  });
});

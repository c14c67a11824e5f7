import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settled, settledWatcher, SETTLE_MS } from '../../src/lib/settled-watcher.ts';

describe('a watcher read once a save has settled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls the listener once per path, after the last of a burst of events', () => {
    const calls: string[] = [];
    const listener = settled((path) => calls.push(path));
    listener('a.mdx');
    vi.advanceTimersByTime(SETTLE_MS - 10);
    listener('a.mdx');
    listener('b.mdx');
    vi.advanceTimersByTime(SETTLE_MS - 10);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(calls).toEqual(['a.mdx', 'b.mdx']);
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(calls).toEqual(['a.mdx', 'b.mdx']);
  });

  it('settles change and add events only, and passes everything else through', () => {
    const emitter = Object.assign(new EventEmitter(), { added: [] as string[], add(path: string) { this.added.push(path); } });
    const watcher = settledWatcher(emitter);
    const seen: string[] = [];
    for (const event of ['change', 'add', 'unlink']) watcher.on(event, (path: string) => seen.push(`${event} ${path}`));
    watcher.add('x.mdx');
    expect(emitter.added).toEqual(['x.mdx']);
    emitter.emit('change', 'x.mdx');
    emitter.emit('change', 'x.mdx');
    emitter.emit('add', 'y.mdx');
    emitter.emit('unlink', 'z.mdx');
    expect(seen).toEqual(['unlink z.mdx']);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(seen).toEqual(['unlink z.mdx', 'change x.mdx', 'add y.mdx']);
  });
});

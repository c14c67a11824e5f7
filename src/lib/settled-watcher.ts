/** How long a file must go unchanged before it is read after an event: a save is several writes. */
export const SETTLE_MS = 150;

type Listener = (path: string, ...rest: unknown[]) => unknown;

/**
 * `listener`, called for a path once no event for it has come for `ms`: an editor's save (or
 * `fs.writeFile`) truncates the file and then writes it, and a read between the two finds it
 * empty. The watcher may report only the first, and a brief read empty stayed broken in dev,
 * "title missing", until the next save.
 */
export function settled(listener: Listener, ms = SETTLE_MS): Listener {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return (path, ...rest) => {
    clearTimeout(timers.get(path));
    timers.set(
      path,
      setTimeout(() => {
        timers.delete(path);
        void listener(path, ...rest);
      }, ms),
    );
  };
}

interface Watcher {
  on(event: string, listener: Listener): unknown;
}

/** `watcher` as it is, but for its change and add events, which reach their listeners settled. */
export function settledWatcher<W extends Watcher>(watcher: W): W {
  return new Proxy(watcher, {
    get(target, key) {
      if (key === 'on') {
        return (event: string, listener: Listener) => {
          target.on(event, event === 'change' || event === 'add' ? settled(listener) : listener);
          return target;
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

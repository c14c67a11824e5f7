import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { startWatchdog, stopWatchdog, working } from '../lib/watchdog.ts';

type Handler = (this: unknown, code: string, id: string) => unknown;

/**
 * Bounded rendering in the build: every MDX compile is marked for the watchdog (src/lib/
 * watchdog.ts), which stops a build whose compile hangs and names the brief. The limits on the
 * text itself are checked earlier, by the loader.
 */
export function renderLimits(): AstroIntegration {
  const plugin: Plugin = {
    name: 'briefing:render-limits',
    configResolved(config) {
      // @astrojs/mdx's own compile step, wrapped so the mark is set before its synchronous parse.
      const mdx = config.plugins.find((p) => p.name === '@mdx-js/rolldown');
      const transform = mdx?.transform as { handler: Handler } | undefined;
      if (!transform || (transform.handler as { marked?: boolean }).marked) return;
      const original = transform.handler;
      const handler: Handler = function (code, id) {
        working(id);
        return original.call(this, code, id);
      };
      transform.handler = Object.assign(handler, { marked: true });
    },
    buildStart() {
      startWatchdog('rendering');
    },
    async buildEnd() {
      await stopWatchdog();
    },
  };
  return {
    name: 'briefing:render-limits',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}

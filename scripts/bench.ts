// npm run bench -- [--n 1000 | --n 1000,5000,20000] [--no-peer] [--peer-max 5000] [--rounds 1] [--memory-cap-gb 20] [--lighthouse] [--json bench-out/bench.json]
// Builds N synthetic briefs in bench-out/ (never touching content/), then prints build time, pages
// per second and the cost per brief, peak memory of the build's process tree, output and index
// sizes, and, in Chromium, the bytes and time of a first search for a fixed list of queries (a
// word in every brief, a country, two words, a name only one brief carries). The same corpus is
// built by Astro Starlight in the same run (bench-out/starlight, installed there), cold, one build
// after the other, at the sizes up to --peer-max, and the ratios are printed. With --rounds K, each
// size is built K times by each site, alternating, every build cold, and the medians are printed
// beside every pair: this machine's speed moves by more from one build to the next than a single
// pair can tell apart (docs/performance.md). A build whose process
// tree outgrows --memory-cap-gb is stopped and reported, so the machine is never driven into swap.
// With --lighthouse it also scores the real site.
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { contentRoot, projectRoot } from '../src/lib/content-root.ts';
import { loadRegistry } from '../src/lib/registry.ts';
import { CHROMIUM, HEADLESS_FLAGS, PLAYWRIGHT_CHROMIUM_FLAGS } from '../src/lib/chromium-flags.ts';
import { rareName, syntheticBrief } from '../src/lib/synthetic.ts';
import { clearStarlightBuild, setUpStarlight, STARLIGHT, writeStarlightDocs } from './bench-peer.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    'no-peer': { type: 'boolean', default: false },
    'peer-max': { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '1' },
    'memory-cap-gb': { type: 'string', default: '20' },
    lighthouse: { type: 'boolean', default: false },
    json: { type: 'string', default: 'bench-out/bench.json' },
  },
});
const sizes = values.n.split(',').map(Number);
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number of at least 1, not "${values.rounds}"`);

/** Why a build failed, from what it printed: the bench's memory cap, a heap or string limit, or else its exit code. */
function failureOf({ code, output }: { code: number; output: string }): string {
  return /stopped by the bench[^\n]*|heap out of memory|Invalid string length|RangeError[^\n]*/.exec(output)?.[0] ?? `exit ${code}`;
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
// As `npm run build` runs: Rolldown's allocator (mimalloc) keeps the pages it freed while bundling
// unless told to return them at once (rolldown/rolldown#9330), about 1 GB at 5,000 briefs; and
// V8's default heap (4 GB here) is too small for what Astro keeps after rendering 20,000 briefs;
// and the build hands back its garbage between phases with `gc` (src/integrations/release-memory.ts).
// The peer gets the same settings, so the ratios compare the sites, not the settings.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MIMALLOC_PURGE_DELAY: '0', NODE_OPTIONS: '--max-old-space-size=8192 --expose-gc' };
const cap = Number(values['memory-cap-gb']) * 2 ** 30;

/** Resident memory of a process and all its descendants, from /proc (Linux). */
async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = await readFile(`/proc/${name}/status`, 'utf8');
      parents.set(Number(name), Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return total;
}

async function dirSize(dir: string): Promise<{ bytes: number; files: number; largestHtml: number }> {
  let bytes = 0;
  let files = 0;
  let largestHtml = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = (await stat(`${entry.parentPath}/${entry.name}`)).size;
    bytes += size;
    files++;
    if (entry.name.endsWith('.html')) largestHtml = Math.max(largestHtml, size);
  }
  return { bytes, files, largestHtml };
}

function run(args: string[], extraEnv: Record<string, string>, cwd = process.cwd()): Promise<{ code: number; seconds: number; peak: number; output: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    let capped = false;
    const timer = setInterval(async () => {
      peak = Math.max(peak, await treeRss(child.pid!));
      if (peak > cap && !capped) {
        capped = true;
        output += `\nstopped by the bench: the process tree passed ${values['memory-cap-gb']} GB\n`;
        spawn('pkill', ['-KILL', '-P', String(child.pid)]);
        child.kill('SIGKILL');
      }
    }, 250);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: capped ? 137 : (code ?? 1), seconds: (performance.now() - started) / 1000, peak, output });
    });
  });
}

/**
 * Search as a reader meets it, for each query in a fresh browser (nothing cached): open the search
 * page, type the query, and count the bytes from opening the page to its results and the time
 * from the last keystroke to the results of the whole query on screen (100 ms of it is the page's
 * wait for typing to stop). Bytes are counted as a compressing host sends them: text brotli-compressed,
 * Pagefind's binary files (already compressed) as they are.
 */
async function measureSearch(outDir: string, port: number, contentDir: string, queries: string[]) {
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--port', String(port)], {
    env: { ...env, BRIEFING_OUT: outDir, BRIEFING_CONTENT: contentDir },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: PLAYWRIGHT_CHROMIUM_FLAGS });
  const measured: { query: string; bytes: number; ms: number; results: string }[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      context.on('requestfinished', async (request) => {
        try {
          const response = await request.response();
          const type = response?.headers()['content-type'] ?? '';
          const body = await response?.body();
          const size = body && /text|javascript|json|css|svg/.test(type) ? brotliCompressSync(body).length : (body?.length ?? 0);
          bytes += size;
          if (process.env['BENCH_DEBUG']) console.error(`${size}\t${request.url()}`);
        } catch {
          // The page closed while this response was being read: it is not part of a measured search.
        }
      });
      await page.goto(`${url}search/`);
      // In the page: when the last key went down, and when the answer to the whole query showed
      // (earlier answers to a part of it, while typing, do not count).
      await page.evaluate((q) => {
        const w = window as unknown as { lastKey: number; answered: number };
        document.addEventListener('keydown', () => (w.lastKey = performance.now()), true);
        const status = document.getElementById('search-status')!;
        new MutationObserver(() => {
          if (!w.answered && status.textContent?.includes(`for “${q}”`)) w.answered = performance.now();
        }).observe(status, { childList: true, characterData: true, subtree: true });
      }, query);
      await page.locator('#search-input').click();
      await page.keyboard.type(query, { delay: 80 });
      const answered = await page.waitForFunction(() => (window as unknown as { answered?: number }).answered, undefined, { timeout: 30_000 }).then(
        () => true,
        () => false,
      );
      if (!answered) {
        // Reported as it stands, with what the page says, rather than losing the run's other figures.
        measured.push({ query, bytes, ms: -1, results: `no answer in 30 s; the page said: ${await page.locator('#search-status').textContent()}` });
        await context.close();
        continue;
      }
      await page.waitForLoadState('networkidle');
      const ms = await page.evaluate(() => {
        const w = window as unknown as { lastKey: number; answered: number };
        return Math.round(w.answered - w.lastKey);
      });
      const results = (await page.locator('#search-status').textContent()) ?? '';
      measured.push({ query, bytes, ms, results: /^[\d,]+ briefs?/.exec(results)?.[0] ?? results });
      await context.close();
    }
    return measured;
  } finally {
    await browser.close();
    server.kill();
  }
}

/** The real site (the five briefs): build time, a first visit to a brief, a first search. */
async function measureReal() {
  const outDir = `${process.cwd()}/bench-out/real/dist`;
  const build = await run(['node_modules/astro/bin/astro.mjs', 'build'], { BRIEFING_OUT: outDir });
  if (build.code !== 0) throw new Error(build.output);
  const html = await readFile(`${outDir}/briefs/eu-russia-central-asia/index.html`);
  let firstVisit = brotliCompressSync(html).length;
  let js = 0;
  for (const [, asset] of html.toString().matchAll(/(?:href|src)="\/(_astro\/[^"]+)"/g)) {
    const size = brotliCompressSync(await readFile(`${outDir}/${asset}`)).length;
    firstVisit += size;
    if (asset!.endsWith('.js')) js += size;
  }
  const search = await measureSearch(outDir, 4690, 'content', ['Estlink']);
  return { buildSeconds: Number(build.seconds.toFixed(1)), peakMemoryMB: Math.round(build.peak / 2 ** 20), firstVisitKB: Number((firstVisit / 1024).toFixed(1)), jsKB: Number((js / 1024).toFixed(1)), search };
}

async function lighthouseScores() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const port = 4700;
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--port', String(port)], { env: { ...env, BRIEFING_OUT: 'bench-out/real/dist' }, stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 3000));
  // chrome-launcher passes a --disable-features list of its own, which Chromium's last one would replace.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: HEADLESS_FLAGS });
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const path of ['', 'briefs/eu-russia-central-asia/']) {
      const result = await lighthouse(`http://localhost:${port}/${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const categories = result?.lhr.categories ?? {};
      scores[path || 'home'] = Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
    }
  } finally {
    chrome.kill();
    server.kill();
  }
  return scores;
}

const registry = loadRegistry(contentRoot(projectRoot));
const peerDir = `${process.cwd()}/bench-out/starlight`;
const peer = !values['no-peer'];
if (peer) {
  process.stderr.write(`installing Starlight ${STARLIGHT.starlight} in ${peerDir}…\n`);
  await setUpStarlight(peerDir);
}
const results = [];
const peers: { briefs: number; buildSeconds: number; peakMemoryMB: number; ok: boolean; note: string; timeRatio: number; rounds: { briefing: number; starlight: number }[] }[] = [];
for (const [i, n] of sizes.entries()) {
  const root = `${process.cwd()}/bench-out/n${n}`;
  await rm(root, { recursive: true, force: true });
  await mkdir(`${root}/content/briefs`, { recursive: true });
  await cp('content/entities', `${root}/content/entities`, { recursive: true });
  await cp('content/glossary.yaml', `${root}/content/glossary.yaml`);
  for (let b = 1; b <= n; b++) await writeFile(`${root}/content/briefs/synthetic-${b}.mdx`, syntheticBrief(b, registry));
  const withPeer = peer && n <= Number(values['peer-max']);
  if (withPeer) await writeStarlightDocs(peerDir, n, (b) => syntheticBrief(b, registry));
  const ours: Awaited<ReturnType<typeof run>>[] = [];
  const theirs: Awaited<ReturnType<typeof run>>[] = [];
  for (let round = 1; round <= rounds; round++) {
    const of = rounds > 1 ? ` (round ${round} of ${rounds})` : '';
    // Cold: neither the output, the content store and caches (dist-cache) nor Vite's cache of the build before.
    for (const left of ['dist', 'dist-cache', 'dist-vite']) await rm(`${root}/${left}`, { recursive: true, force: true });
    process.stderr.write(`building ${n} synthetic briefs${of}…\n`);
    const build = await run(['node_modules/astro/bin/astro.mjs', 'build'], { BRIEFING_CONTENT: `${root}/content`, BRIEFING_OUT: `${root}/dist` });
    ours.push(build);
    if (withPeer) {
      // The peer builds right after, cold too.
      await clearStarlightBuild(peerDir);
      process.stderr.write(`building ${n} synthetic briefs with Starlight${of}…\n`);
      theirs.push(await run([`${peerDir}/node_modules/astro/bin/astro.mjs`, 'build'], {}, peerDir));
    }
    // A failed build is reported as it is, beside the peer's of its round.
    if (build.code !== 0) break;
  }
  // The last build's output is the one measured below.
  const build = ours.at(-1)!;
  const failure = build.code === 0 ? '' : failureOf(build);
  if (build.code !== 0) process.stderr.write(`build of ${n} briefs failed (${failure}):\n${build.output.slice(-3000)}\n`);
  if (theirs.length > 0) {
    const failed = theirs.find((t) => t.code !== 0);
    const note = failed ? failureOf(failed) : '';
    peers.push({
      briefs: n,
      buildSeconds: Number(median(theirs.map((t) => t.seconds)).toFixed(1)),
      peakMemoryMB: Math.round(median(theirs.map((t) => t.peak)) / 2 ** 20),
      ok: !failed,
      note,
      // Each pair's ratio, and their median: a slow spell of the machine moves both builds of a pair.
      timeRatio: Number(median(theirs.map((t, r) => ours[r]!.seconds / t.seconds)).toFixed(2)),
      rounds: theirs.map((t, r) => ({ briefing: Number(ours[r]!.seconds.toFixed(1)), starlight: Number(t.seconds.toFixed(1)) })),
    });
    await rm(`${peerDir}/dist`, { recursive: true, force: true });
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
  // Over rounds, the median build (a failed one stops the rounds and is reported as it is).
  const seconds = build.code === 0 ? median(ours.map((b) => b.seconds)) : build.seconds;
  const peak = build.code === 0 ? median(ours.map((b) => b.peak)) : build.peak;
  const base = { briefs: n, ok: build.code === 0, failure, pages, buildSeconds: Number(seconds.toFixed(1)), msPerBrief: Math.round((seconds * 1000) / n), peakMemoryMB: Math.round(peak / 2 ** 20) };
  if (build.code !== 0) {
    results.push({ ...base, pagesPerSecond: 0, distMB: 0, indexMB: 0, largestPageKB: 0, search: [] });
    continue;
  }
  const dist = await dirSize(`${root}/dist`);
  const index = await dirSize(`${root}/dist/pagefind`);
  const search = await measureSearch(`${root}/dist`, 4600 + i, `${root}/content`, ['security', 'Kazakhstan', 'energy supply', rareName(Math.ceil(n / 2))]);
  results.push({
    ...base,
    pagesPerSecond: Math.round(pages / seconds),
    distMB: Number((dist.bytes / 2 ** 20).toFixed(1)),
    indexMB: Number((index.bytes / 2 ** 20).toFixed(1)),
    largestPageKB: Number((dist.largestHtml / 1024).toFixed(1)),
    search,
  });
  await rm(`${root}/dist-cache`, { recursive: true, force: true });
}

console.log('| briefs | pages | build (s) | ms per brief | pages/s | peak memory, process tree (MB) | dist (MB) | index (MB) | largest page (KB) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const build = r.ok ? `${r.buildSeconds}` : `failed after ${r.buildSeconds} (${r.failure})`;
  console.log(`| ${r.briefs} | ${r.pages} | ${build} | ${r.msPerBrief} | ${r.pagesPerSecond} | ${r.peakMemoryMB} | ${r.distMB} | ${r.indexMB} | ${r.largestPageKB} |`);
}
console.log('\nFirst search, each query in a fresh browser: bytes from opening the search page to its results; time from the last keystroke to the results of the whole query.\n');
console.log('| briefs | query | results | bytes (KB) | last keystroke to results (ms) |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of results) for (const q of r.search) console.log(`| ${r.briefs} | ${q.query} | ${q.results} | ${(q.bytes / 1024).toFixed(1)} | ${q.ms} |`);
if (peers.length > 0) {
  const how = rounds > 1 ? `${rounds} rounds, each site's build in turn, every build cold; builds are medians, the time ratio the median of the rounds' ratios` : 'cold builds one after the other';
  console.log(`\nAgainst Astro Starlight ${STARLIGHT.starlight}, same corpus, same run, ${how}:\n`);
  console.log('| briefs | Briefing build (s) | Starlight build (s) | time ratio | Briefing peak (MB) | Starlight peak (MB) | memory ratio |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const p of peers) {
    const r = results.find((x) => x.briefs === p.briefs)!;
    const starlight = p.ok ? `${p.buildSeconds}` : `failed after ${p.buildSeconds} s (${p.note})`;
    const both = p.ok && r.ok;
    console.log(`| ${p.briefs} | ${r.ok ? r.buildSeconds : 'failed'} | ${starlight} | ${both ? `${p.timeRatio.toFixed(2)}×` : '–'} | ${r.peakMemoryMB} | ${p.peakMemoryMB} | ${both ? `${(r.peakMemoryMB / p.peakMemoryMB).toFixed(2)}×` : '–'} |`);
  }
  if (rounds > 1) {
    for (const p of peers) console.log(`\n${p.briefs} briefs, round by round (Briefing / Starlight, s): ${p.rounds.map((x) => `${x.briefing} / ${x.starlight} (${(x.briefing / x.starlight).toFixed(2)}×)`).join(', ')}`);
  }
}
const real = await measureReal();
console.log(
  `\nReal site (5 briefs): build ${real.buildSeconds} s, peak ${real.peakMemoryMB} MB; first visit to a brief ${real.firstVisitKB} KB brotli ` +
    `(${real.jsKB} KB JS); a first search for “Estlink” ${(real.search[0]!.bytes / 1024).toFixed(1)} KB, first result ${real.search[0]!.ms} ms after the last keystroke`,
);
const lighthouse = values.lighthouse ? await lighthouseScores() : undefined;
if (lighthouse) console.log(`\nLighthouse (real site): ${JSON.stringify(lighthouse)}`);
await mkdir('bench-out', { recursive: true });
await writeFile(values.json, `${JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results, peers, real, lighthouse }, null, 2)}\n`);
console.log(`\nJSON: ${values.json}`);

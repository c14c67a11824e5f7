// npm run bench -- [--n 1000 | --n 1000,5000] [--no-peer] [--lighthouse] [--json bench-out/bench.json]
// Builds N synthetic briefs in bench-out/ (never touching content/), then prints build time, pages
// per second, peak memory of the build's process tree, output and index sizes, and, in Chromium,
// the bytes and time of a first search and a follow-up. The same corpus is built by Astro
// Starlight in the same run (bench-out/starlight, installed there), cold, one build after the
// other, and the ratios are printed. With --lighthouse it also scores the real site.
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { contentRoot, projectRoot } from '../src/lib/content-root.ts';
import { loadRegistry } from '../src/lib/registry.ts';
import { syntheticBrief } from '../src/lib/synthetic.ts';
import { setUpStarlight, STARLIGHT, writeStarlightDocs } from './bench-peer.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    'no-peer': { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    json: { type: 'string', default: 'bench-out/bench.json' },
  },
});
const sizes = values.n.split(',').map(Number);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

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

async function dirSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(`${entry.parentPath}/${entry.name}`)).size;
    files++;
  }
  return { bytes, files };
}

function run(args: string[], extraEnv: Record<string, string>, cwd = process.cwd()): Promise<{ code: number; seconds: number; peak: number; output: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const timer = setInterval(async () => (peak = Math.max(peak, await treeRss(child.pid!))), 250);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, peak, output });
    });
  });
}

async function measureSearch(outDir: string, port: number, contentDir: string, query = 'security') {
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
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const page = await browser.newPage();
    // Playwright also reports the requests of Pagefind's web worker (the WebAssembly and the index).
    let bytes = 0;
    // Counted as a compressing host would send them: text brotli-compressed, Pagefind's binary
    // files (already compressed) as they are.
    page.context().on('requestfinished', async (request) => {
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
    const done = (query: string) =>
      page.waitForFunction((q) => document.getElementById('search-status')?.textContent?.includes(`for “${q}”`), query);
    // A first search counts everything from opening /search/?q= to its results: page, Pagefind's
    // code and WebAssembly, and the index chunks the query needs.
    let started = performance.now();
    await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
    await done(query);
    await page.waitForLoadState('networkidle');
    const first = { ms: Math.round(performance.now() - started), bytes };
    bytes = 0;
    started = performance.now();
    await page.locator('#search-input').fill('partnership corridor');
    await done('partnership corridor');
    await page.waitForLoadState('networkidle');
    return { first, followUp: { ms: Math.round(performance.now() - started), bytes } };
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
  const search = await measureSearch(outDir, 4690, 'content', 'Estlink');
  return { buildSeconds: Number(build.seconds.toFixed(1)), peakMemoryMB: Math.round(build.peak / 2 ** 20), firstVisitKB: Number((firstVisit / 1024).toFixed(1)), jsKB: Number((js / 1024).toFixed(1)), search };
}

async function lighthouseScores() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const port = 4700;
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--port', String(port)], { env: { ...env, BRIEFING_OUT: 'bench-out/real/dist' }, stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 3000));
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
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
const peers: { briefs: number; buildSeconds: number; peakMemoryMB: number; ok: boolean; note: string }[] = [];
for (const [i, n] of sizes.entries()) {
  const root = `${process.cwd()}/bench-out/n${n}`;
  await rm(root, { recursive: true, force: true });
  await mkdir(`${root}/content/briefs`, { recursive: true });
  await cp('content/entities', `${root}/content/entities`, { recursive: true });
  await cp('content/glossary.yaml', `${root}/content/glossary.yaml`);
  const briefs: [string, string][] = [];
  for (let b = 1; b <= n; b++) briefs.push([`synthetic-${b}`, syntheticBrief(b, registry)]);
  for (const [id, text] of briefs) await writeFile(`${root}/content/briefs/${id}.mdx`, text);
  process.stderr.write(`building ${n} synthetic briefs…\n`);
  const build = await run(['node_modules/astro/bin/astro.mjs', 'build'], { BRIEFING_CONTENT: `${root}/content`, BRIEFING_OUT: `${root}/dist` });
  if (build.code !== 0) throw new Error(`build of ${n} briefs failed:\n${build.output.slice(-4000)}`);
  if (peer) {
    // The peer builds right after, cold (no cache of its own from a previous size).
    await writeStarlightDocs(peerDir, briefs);
    process.stderr.write(`building ${n} synthetic briefs with Starlight…\n`);
    const peerBuild = await run([`${peerDir}/node_modules/astro/bin/astro.mjs`, 'build'], {}, peerDir);
    const failure = /Invalid string length|heap out of memory|RangeError[^\n]*/.exec(peerBuild.output)?.[0] ?? `exit ${peerBuild.code}`;
    peers.push({ briefs: n, buildSeconds: Number(peerBuild.seconds.toFixed(1)), peakMemoryMB: Math.round(peerBuild.peak / 2 ** 20), ok: peerBuild.code === 0, note: peerBuild.code === 0 ? '' : failure });
    await rm(`${peerDir}/dist`, { recursive: true, force: true });
  }
  const dist = await dirSize(`${root}/dist`);
  const index = await dirSize(`${root}/dist/pagefind`);
  const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
  const search = await measureSearch(`${root}/dist`, 4600 + i, `${root}/content`);
  results.push({
    briefs: n,
    pages,
    buildSeconds: Number(build.seconds.toFixed(1)),
    pagesPerSecond: Math.round(pages / build.seconds),
    peakMemoryMB: Math.round(build.peak / 2 ** 20),
    distMB: Number((dist.bytes / 2 ** 20).toFixed(1)),
    indexMB: Number((index.bytes / 2 ** 20).toFixed(1)),
    firstSearch: search.first,
    followUpSearch: search.followUp,
  });
  await rm(`${root}/dist-cache`, { recursive: true, force: true });
}

console.log('| briefs | pages | build (s) | pages/s | peak memory (MB) | dist (MB) | index (MB) | first search | follow-up search |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| ${r.briefs} | ${r.pages} | ${r.buildSeconds} | ${r.pagesPerSecond} | ${r.peakMemoryMB} | ${r.distMB} | ${r.indexMB} | ` +
      `${(r.firstSearch.bytes / 1024).toFixed(1)} KB, ${r.firstSearch.ms} ms | ${(r.followUpSearch.bytes / 1024).toFixed(1)} KB, ${r.followUpSearch.ms} ms |`,
  );
}
if (peers.length > 0) {
  console.log(`\nAgainst Astro Starlight ${STARLIGHT.starlight}, same corpus, same run, cold builds one after the other:\n`);
  console.log('| briefs | Briefing build (s) | Starlight build (s) | time ratio | Briefing peak (MB) | Starlight peak (MB) | memory ratio |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const p of peers) {
    const r = results.find((x) => x.briefs === p.briefs)!;
    const starlight = p.ok ? `${p.buildSeconds}` : `failed after ${p.buildSeconds} s (${p.note})`;
    const ratio = (a: number, b: number) => (p.ok ? `${(a / b).toFixed(2)}×` : '–');
    console.log(`| ${p.briefs} | ${r.buildSeconds} | ${starlight} | ${ratio(r.buildSeconds, p.buildSeconds)} | ${r.peakMemoryMB} | ${p.peakMemoryMB} | ${ratio(r.peakMemoryMB, p.peakMemoryMB)} |`);
  }
}
const real = await measureReal();
console.log(
  `\nReal site (5 briefs): build ${real.buildSeconds} s, peak ${real.peakMemoryMB} MB; first visit to a brief ${real.firstVisitKB} KB brotli ` +
    `(${real.jsKB} KB JS); first search ${(real.search.first.bytes / 1024).toFixed(1)} KB in ${real.search.first.ms} ms, ` +
    `follow-up ${(real.search.followUp.bytes / 1024).toFixed(1)} KB in ${real.search.followUp.ms} ms`,
);
const lighthouse = values.lighthouse ? await lighthouseScores() : undefined;
if (lighthouse) console.log(`\nLighthouse (real site): ${JSON.stringify(lighthouse)}`);
await mkdir('bench-out', { recursive: true });
await writeFile(values.json, `${JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results, peers, real, lighthouse }, null, 2)}\n`);
console.log(`\nJSON: ${values.json}`);

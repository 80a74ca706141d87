/**
 * Benchmark of the explore page in headless Chromium.
 *
 * Run: npx tsx benchmarks/explore.ts [--dist <built site>] [--runs <n>]
 *
 * Without --dist it builds the site from the fixture vetted folder into a
 * temporary folder. It serves the site on 127.0.0.1 as a static host would:
 * gzip for text and WebAssembly, application/wasm for the engine, and a
 * one-year Cache-Control on the hashed files under /_astro/. Then, for each
 * run, in a fresh browser context (an empty cache), it measures:
 *   - the time from navigation to the first answer drawn (cold), which for
 *     the default question is the answer the build computed, and to the
 *     first answer the engine computed or confirmed;
 *   - the same after a reload in that context, with the engine cached (warm);
 *     the address then contains the question of the last filter change, so
 *     the engine answers it;
 *   - the same for a shared address with another question, in another fresh
 *     context, which has to wait for the engine;
 *   - the time from a filter change to the redrawn chart, over several changes;
 *   - the bytes the page transferred, as sent (gzip) and after decoding.
 * It also checks that no report page loads a script or the engine, measures
 * what DuckDB-WASM adds to the built site, and writes
 * benchmarks/results/explore.json and benchmarks/results/explore.md.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { ASTRO_OFFLINE_ENV, buildSite, PROJECT_ROOT } from '../src/lib/build-site.ts';
import { CONTENT_TYPES } from '../tests/e2e/support/static-server.ts';

Object.assign(process.env, ASTRO_OFFLINE_ENV);

const FIXTURE_VETTED_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'vetted');
const RESULTS_DIR = join(PROJECT_ROOT, 'benchmarks', 'results');
const DEFAULT_RUNS = 5;

/** Filter changes per run; each toggles a member or moves the start of the quarter range. */
const FILTER_CHANGES = 12;

/** Targets of the explore page, in ms. */
const TARGETS = { firstAnswerMs: 1000, filterChangeMs: 100 };

/** Performance marks the page sets, measured from navigation. */
const MARKS = [
  'explore:engine-started',
  'explore:engine-instantiated',
  'explore:engine-opened',
  'explore:engine-ready',
  'explore:first-answer',
  'explore:engine-answer',
] as const;

/** Query string of a shared address whose question differs from the default, so the build computed no answer for it. */
const SHARED_QUERY = 'statistic=mean&group=member';

/** Brotli quality of the size estimates: 9, because the maximum of 11 takes minutes on the 34 MB module. */
const BROTLI_QUALITY = 9;


// Step 1: the site and its server.

interface ServedFile {
  body: Buffer;
  gzip: Buffer | undefined;
  type: string;
}

/** One response of the benchmark server: its path, the body's size on the wire, and its size decoded. */
interface Transfer {
  path: string;
  sentBytes: number;
  rawBytes: number;
}

interface BenchmarkServer {
  origin: string;
  /** Responses sent since the last call of takeTransfers. */
  takeTransfers(): Transfer[];
  close(): Promise<void>;
}

/** Reads every file of the site into memory, with a gzip copy of each one a host would compress. */
function loadSite(siteDir: string): Map<string, ServedFile> {
  const files = new Map<string, ServedFile>();
  for (const entry of readdirSync(siteDir, { withFileTypes: true, recursive: true })) {
    // Pre-compressed copies are left out: this server compresses the originals itself.
    if (!entry.isFile() || /\.(gz|br)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const body = readFileSync(path);
    const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
    files.set(`/${relative(siteDir, path).split(sep).join('/')}`, { body, gzip: type === 'image/png' ? undefined : gzipSync(body), type });
  }
  return files;
}

/** Serves the site from memory on 127.0.0.1, with gzip when the browser accepts it, and records every response. */
async function startBenchmarkServer(siteDir: string): Promise<BenchmarkServer> {
  const files = loadSite(siteDir);
  let transfers: Transfer[] = [];

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const pathname = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    const file = files.get(pathname) ?? files.get(`${pathname.replace(/\/$/, '')}/index.html`);
    if (!file) {
      response.writeHead(404).end();
      return;
    }

    const gzip = file.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip! : file.body;
    response.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      'Cache-Control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    transfers.push({ path: pathname, sentBytes: body.length, rawBytes: file.body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    takeTransfers: () => {
      const taken = transfers;
      transfers = [];
      return taken;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// Step 2: measurements in the browser.

/** Times of one page load, in ms from navigation. */
interface Load {
  /** First answer drawn, pre-computed or from the engine. */
  firstAnswerMs: number;
  /** First answer the engine computed or confirmed. */
  engineAnswerMs: number;
  marks: Record<string, number>;
}

interface Run {
  cold: Load;
  warm: Load;
  /** A shared address with a question other than the default, empty cache. */
  shared: Load;
  filterChangesMs: number[];
  transfer: { sentBytes: number; rawBytes: number; requests: number };
  externalRequests: string[];
}

/** Waits for the engine's first answer and returns the performance marks, in ms from navigation. */
async function readMarks(page: Page): Promise<Record<string, number>> {
  await page.waitForFunction(() => performance.getEntriesByName('explore:engine-answer').length > 0, null, { timeout: 60_000 });
  return page.evaluate((names) => {
    const marks: Record<string, number> = {};
    for (const name of names) marks[name] = performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return marks;
  }, MARKS as readonly string[]);
}

/**
 * Makes one change to the form's filters in the page and returns the time in
 * ms from the change to the next frame after the redrawn answer.
 */
async function timeFilterChange(page: Page, change: number): Promise<number> {
  return page.evaluate(async (index) => {
    const section = document.getElementById('explore-answer')!;
    const checkboxes = [...document.querySelectorAll<HTMLInputElement>('#explore-member-list input[type="checkbox"]')].filter((box) => box.checked || index % 2 === 1);
    const from = document.getElementById('explore-from') as HTMLSelectElement;
    const answered = new Promise((resolve) => section.addEventListener('explore:answer', resolve, { once: true }));

    const started = performance.now();
    if (index % 3 === 2) {
      from.selectedIndex = (from.selectedIndex + 1) % 2;
      from.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      checkboxes[index % checkboxes.length].click();
    }
    await answered;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - started;
  }, change);
}

async function measureRun(browser: Browser, server: BenchmarkServer, path: string): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const externalRequests: string[] = [];
  const recordExternal = (request: { url(): string }) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') externalRequests.push(request.url());
  };
  page.on('request', recordExternal);

  server.takeTransfers();
  await page.goto(`${server.origin}${path}`);
  const coldMarks = await readMarks(page);
  const filterChangesMs: number[] = [];
  for (let change = 0; change < FILTER_CHANGES; change++) filterChangesMs.push(await timeFilterChange(page, change));
  const transfers = server.takeTransfers();

  await page.reload();
  const warmMarks = await readMarks(page);
  await context.close();

  const sharedContext = await browser.newContext();
  const sharedPage = await sharedContext.newPage();
  sharedPage.on('request', recordExternal);
  await sharedPage.goto(`${server.origin}${path}?${SHARED_QUERY}`);
  const sharedMarks = await readMarks(sharedPage);
  await sharedContext.close();
  server.takeTransfers();

  const load = (marks: Record<string, number>): Load => ({ firstAnswerMs: marks['explore:first-answer'], engineAnswerMs: marks['explore:engine-answer'], marks });
  return {
    cold: load(coldMarks),
    warm: load(warmMarks),
    shared: load(sharedMarks),
    filterChangesMs,
    transfer: {
      sentBytes: sum(transfers.map((transfer) => transfer.sentBytes)),
      rawBytes: sum(transfers.map((transfer) => transfer.rawBytes)),
      requests: transfers.length,
    },
    externalRequests,
  };
}

interface ReportPageCheck {
  path: string;
  scripts: number;
  /** Whether the HTML names the engine's module or worker. */
  referencesEngine: boolean;
  charts: number;
  tables: number;
}

/** Opens every report page with JavaScript turned off and counts its scripts, charts and tables. */
async function checkReportPages(browser: Browser, server: BenchmarkServer, paths: readonly string[]): Promise<ReportPageCheck[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const checks: ReportPageCheck[] = [];
  for (const path of paths) {
    const response = await page.goto(`${server.origin}${path}`);
    const html = (await response?.text()) ?? '';
    checks.push({
      path,
      scripts: await page.locator('script').count(),
      referencesEngine: /duckdb|\.wasm|worker/i.test(html),
      charts: await page.locator('figure.chart svg[role="img"]').count(),
      tables: await page.locator('table').count(),
    });
  }
  await context.close();
  return checks;
}

// Step 3: the built site.

interface SiteFile {
  path: string;
  /** Size on disk. */
  bytes: number;
  /** Size after gzip and Brotli, for a file that the build did not compress itself; undefined for a compressed copy. */
  gzipBytes?: number;
  brotliBytes?: number;
}

/**
 * Lists the files of the built site that belong to the explore page's
 * engine: DuckDB-WASM's module and worker, and any pre-compressed copies of
 * them (.gz, .br) that the build wrote.
 */
function measureEngineFiles(siteDir: string): SiteFile[] {
  const astroDir = join(siteDir, '_astro');
  return readdirSync(astroDir)
    .filter((name) => /^duckdb-/.test(name))
    .sort()
    .map((name) => {
      const body = readFileSync(join(astroDir, name));
      if (/\.(gz|br)$/.test(name)) return { path: `/_astro/${name}`, bytes: body.length };
      const brotli = brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } });
      return { path: `/_astro/${name}`, bytes: body.length, gzipBytes: gzipSync(body).length, brotliBytes: brotli.length };
    });
}

/**
 * Measures every other script of the site, raw and with gzip. They belong to
 * the explore page as long as report pages carry no script, which the
 * report-page check counts: its own code, DuckDB-WASM's JavaScript API,
 * Apache Arrow and Observable Plot.
 */
function measureExploreScripts(siteDir: string): { rawBytes: number; gzipBytes: number } {
  const astroDir = join(siteDir, '_astro');
  const scripts = readdirSync(astroDir).filter((name) => name.endsWith('.js') && !name.startsWith('duckdb-'));
  const bodies = scripts.map((name) => readFileSync(join(astroDir, name)));
  return { rawBytes: sum(bodies.map((body) => body.length)), gzipBytes: sum(bodies.map((body) => gzipSync(body).length)) };
}

function folderBytes(dir: string): number {
  return sum(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).size),
  );
}

/** Lists the pages of the site that are reports: every HTML page but the explore pages and the 404 page. */
function listReportPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => `/${relative(siteDir, entry.parentPath).split(sep).join('/')}/`.replace(/\/+$/, '/').replace(/^\/\/$/, '/'))
    .filter((path) => !path.includes('/explore/'))
    .sort();
}

// Step 4: statistics and the report.

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

function milliseconds(value: number): string {
  return `${Math.round(value)} ms`;
}

interface Results {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; chromium: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  site: { source: string; totalBytes: number; engineFiles: SiteFile[]; exploreScripts: { rawBytes: number; gzipBytes: number } };
  explorePath: string;
  runs: Run[];
  summary: {
    coldFirstAnswerMs: Spread;
    coldEngineAnswerMs: Spread;
    warmFirstAnswerMs: Spread;
    warmEngineAnswerMs: Spread;
    sharedFirstAnswerMs: Spread;
    filterChangeMs: { median: number; p90: number; max: number; count: number };
    transfer: { sentBytes: number; rawBytes: number; requests: number };
  };
  reportPages: ReportPageCheck[];
  targets: typeof TARGETS;
}

interface Spread {
  median: number;
  min: number;
  max: number;
}

function spread(values: readonly number[]): Spread {
  return { median: percentile(values, 0.5), min: Math.min(...values), max: Math.max(...values) };
}

function summarise(runs: readonly Run[]): Results['summary'] {
  const changes = runs.flatMap((run) => run.filterChangesMs);
  return {
    coldFirstAnswerMs: spread(runs.map((run) => run.cold.firstAnswerMs)),
    coldEngineAnswerMs: spread(runs.map((run) => run.cold.engineAnswerMs)),
    warmFirstAnswerMs: spread(runs.map((run) => run.warm.firstAnswerMs)),
    warmEngineAnswerMs: spread(runs.map((run) => run.warm.engineAnswerMs)),
    sharedFirstAnswerMs: spread(runs.map((run) => run.shared.firstAnswerMs)),
    filterChangeMs: { median: percentile(changes, 0.5), p90: percentile(changes, 0.9), max: Math.max(...changes), count: changes.length },
    transfer: runs[0].transfer,
  };
}

function writeMarkdown(results: Results): string {
  const { machine, summary, site } = results;
  const verdict = (value: number, target: number) => (value < target ? 'meets' : 'misses');
  const originals = site.engineFiles.filter((file) => file.gzipBytes !== undefined);
  const engineOnDisk = sum(site.engineFiles.map((file) => file.bytes));
  const engineRaw = sum(originals.map((file) => file.bytes));
  const engineGzip = sum(originals.map((file) => file.gzipBytes ?? 0));
  const engineBrotli = sum(originals.map((file) => file.brotliBytes ?? 0));
  const reportScripts = sum(results.reportPages.map((page) => page.scripts));
  const reportEngine = results.reportPages.filter((page) => page.referencesEngine).length;

  return [
    '# Explore page benchmark',
    '',
    `Measured by \`npx tsx benchmarks/explore.ts\` on ${results.date}, on ${site.source}, page ${results.explorePath}.`,
    'The site is served from memory on 127.0.0.1 with gzip and a one-year cache on /_astro/, so network time is close to zero:',
    'these times are the browser\'s own work (script, WebAssembly compilation, DuckDB, Plot) on this machine.',
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- Memory: ${machine.memoryGiB.toFixed(1)} GiB`,
    `- Node ${machine.node}, Chromium ${machine.chromium} (headless)`,
    `- Load average (1, 5, 15 min) before: ${machine.loadAverageBefore.map((value) => value.toFixed(2)).join(', ')}; after: ${machine.loadAverageAfter.map((value) => value.toFixed(2)).join(', ')}`,
    '',
    '## Results',
    '',
    `${results.runs.length} runs, each in a new browser context with an empty cache.`,
    '',
    '| Measure | Median | Min | Max | Target |',
    '| --- | ---: | ---: | ---: | --- |',
    answerLine('Default question: navigation to first answer (pre-computed), empty cache', summary.coldFirstAnswerMs, verdict),
    answerLine('Default question: navigation to the engine\'s answer, empty cache', summary.coldEngineAnswerMs, verdict),
    answerLine('Reload after the filter changes (so another question), engine cached: navigation to first answer', summary.warmFirstAnswerMs, verdict),
    answerLine(`Shared address with another question (?${SHARED_QUERY}): navigation to first answer, empty cache`, summary.sharedFirstAnswerMs, verdict),
    `| Filter change to redrawn chart (${summary.filterChangeMs.count} changes; p90 ${milliseconds(summary.filterChangeMs.p90)}) | ${milliseconds(summary.filterChangeMs.median)} | ${milliseconds(Math.min(...results.runs.flatMap((run) => run.filterChangesMs)))} | ${milliseconds(summary.filterChangeMs.max)} | under ${TARGETS.filterChangeMs} ms: ${verdict(summary.filterChangeMs.median, TARGETS.filterChangeMs)} |`,
    '',
    'The default question\'s first answer is the one the build computed with the same SQL, drawn before the engine has started;',
    'the page keeps it once the engine has computed the same answer. A reader who changes the form, or opens a shared address',
    'with another question, waits for the engine: those are the engine\'s rows above.',
    '',
    'Start-up steps of the first run, in ms from navigation (default question with an empty cache, the reload after the filter changes, and the shared address):',
    '',
    '- engine-started: the page\'s script, loaded and parsed, starts the engine;',
    '- engine-instantiated: DuckDB-WASM\'s worker has downloaded, compiled and started the WebAssembly module;',
    '- engine-opened: the database is open;',
    '- engine-ready: the Arrow tables are loaded and the settings locked;',
    '- first-answer: the first answer is drawn, pre-computed or from the engine;',
    '- engine-answer: the engine has answered the form: it drew its answer or confirmed the pre-computed one.',
    '',
    '| Mark | Default question, empty cache | Reload, engine cached | Shared address, empty cache |',
    '| --- | ---: | ---: | ---: |',
    ...MARKS.map(
      (mark) =>
        `| ${mark} | ${milliseconds(results.runs[0].cold.marks[mark])} | ${milliseconds(results.runs[0].warm.marks[mark])} | ${milliseconds(results.runs[0].shared.marks[mark])} |`,
    ),
    '',
    '## Bytes',
    '',
    `- Transferred by the explore page on a first visit, including ${FILTER_CHANGES} filter changes: ${megabytes(summary.transfer.sentBytes)} sent with gzip, ${megabytes(summary.transfer.rawBytes)} decoded, in ${summary.transfer.requests} responses.`,
    `- Added to the built site by DuckDB-WASM (its \`eh\` module and worker): ${megabytes(engineOnDisk)} on disk, of which ${megabytes(engineRaw)} is the module and worker themselves and the rest their pre-compressed copies, if the build wrote any. Compressed here, the two come to ${megabytes(engineGzip)} with gzip and ${megabytes(engineBrotli)} with Brotli at quality ${BROTLI_QUALITY}.`,
    ...site.engineFiles.map((file) =>
      file.gzipBytes === undefined
        ? `  - ${file.path}: ${megabytes(file.bytes)}`
        : `  - ${file.path}: ${megabytes(file.bytes)} (${megabytes(file.gzipBytes)} gzip, ${megabytes(file.brotliBytes ?? 0)} Brotli)`,
    ),
    `- The explore page's other scripts (its own code, DuckDB-WASM's JavaScript API, Apache Arrow, Observable Plot): ${megabytes(site.exploreScripts.rawBytes)} raw, ${megabytes(site.exploreScripts.gzipBytes)} with gzip.`,
    `- Whole built site: ${megabytes(site.totalBytes)}.`,
    '',
    '## Report pages without JavaScript',
    '',
    `${results.reportPages.length} report pages opened with JavaScript turned off: ${reportScripts} script elements in all, ${reportEngine} naming the engine. Report pages need no JavaScript: their charts are SVG drawn at build time and every chart has a table.`,
    '',
    '| Page | Scripts | Names the engine | Charts | Tables |',
    '| --- | ---: | --- | ---: | ---: |',
    ...results.reportPages.map((page) => `| ${page.path} | ${page.scripts} | ${page.referencesEngine ? 'yes' : 'no'} | ${page.charts} | ${page.tables} |`),
    '',
    `Requests to hosts other than 127.0.0.1 during the runs: ${sum(results.runs.map((run) => run.externalRequests.length))}.`,
    '',
  ].join('\n');
}

function answerLine(label: string, values: Spread, verdict: (value: number, target: number) => string): string {
  return `| ${label} | ${milliseconds(values.median)} | ${milliseconds(values.min)} | ${milliseconds(values.max)} | under ${TARGETS.firstAnswerMs} ms: ${verdict(values.median, TARGETS.firstAnswerMs)} |`;
}

// Step 5: the command.

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string', default: String(DEFAULT_RUNS) } } });
  const runCount = Number(values.runs);
  if (!Number.isInteger(runCount) || runCount < 1) throw new Error(`--runs must be a whole number of 1 or more, not "${values.runs}".`);

  let siteDir = values.dist;
  let workDir: string | undefined;
  if (!siteDir) {
    workDir = mkdtempSync(join(tmpdir(), 'fmar-explore-benchmark-'));
    siteDir = join(workDir, 'site');
    console.log(`Building the fixture site from ${FIXTURE_VETTED_DIR}`);
    const build = await buildSite({ vettedDir: FIXTURE_VETTED_DIR, outDir: siteDir });
    console.log(`Built the site in ${(build.durationMs / 1000).toFixed(1)} s`);
  }

  const loadAverageBefore = loadavg();
  const server = await startBenchmarkServer(siteDir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const reportPages = listReportPages(siteDir);
    const explorePath = reportPages.filter((path) => /^\/editions\/\d{4}-q[1-4]\/$/.test(path)).at(-1)! + 'explore/';
    console.log(`Serving ${siteDir} at ${server.origin}; measuring ${explorePath} over ${runCount} runs`);

    const runs: Run[] = [];
    for (let index = 0; index < runCount; index++) {
      const run = await measureRun(browser, server, explorePath);
      runs.push(run);
      console.log(
        `Run ${index + 1}: first answer ${milliseconds(run.cold.firstAnswerMs)}, engine's ${milliseconds(run.cold.engineAnswerMs)} (after a reload ${milliseconds(run.warm.firstAnswerMs)}, ${milliseconds(run.warm.engineAnswerMs)}), shared address ${milliseconds(run.shared.firstAnswerMs)}, filter changes median ${milliseconds(percentile(run.filterChangesMs, 0.5))}`,
      );
    }

    const results: Results = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: totalmem() / 2 ** 30,
        node: process.version,
        chromium: browser.version(),
        loadAverageBefore,
        loadAverageAfter: loadavg(),
      },
      site: { source: values.dist ? `the site in ${values.dist}` : 'the site built from the fixture vetted folder', totalBytes: folderBytes(siteDir), engineFiles: measureEngineFiles(siteDir), exploreScripts: measureExploreScripts(siteDir) },
      explorePath,
      runs,
      summary: summarise(runs),
      reportPages: await checkReportPages(browser, server, reportPages),
      targets: TARGETS,
    };

    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'explore.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(RESULTS_DIR, 'explore.md'), writeMarkdown(results));
    console.log(`Wrote ${join(RESULTS_DIR, 'explore.md')} and explore.json`);
  } finally {
    await browser.close();
    await server.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  }
}

await main();

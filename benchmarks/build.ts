/**
 * Benchmark of the whole build, warehouse to site, at several sizes of the
 * sample warehouse, on DuckDB and on PostgreSQL: time and peak memory per
 * stage. Writes benchmarks/results/build.json and build.md.
 *
 * Run: npx tsx benchmarks/build.ts [ASSETS ...]
 * Default sizes: 10000 100000 1000000. PostgreSQL runs when
 * FMAR_BENCH_POSTGRES_URL names a database whose tables it may replace.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SAMPLE, writeSampleWarehouse } from '../data-loaders/sample/index.ts';
import { copyWarehouseToPostgres } from '../data-loaders/warehouse/copy-to-postgres.ts';
import { build } from '../src/pipeline/build.ts';
import type { StageRecord } from '../src/pipeline/stage.ts';
import { commandVersion, machineDetails } from './machine.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const RESULTS = new URL('./results/', import.meta.url);

interface Run {
  engine: 'duckdb' | 'postgres';
  assets: number;
  /** Writing the sample, or copying it into PostgreSQL. */
  preparationMs: number;
  totalMs: number;
  stages: StageRecord[];
  withheldCells: number;
  /** The machine's load average over the last minute when the build started: other work slows the build. */
  loadAverage: number;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  const postgresUrl = process.env.FMAR_BENCH_POSTGRES_URL;
  const runs: Run[] = [];

  for (const assets of sizes.length > 0 ? sizes : DEFAULT_SIZES) {
    const folder = join(tmpdir(), `fmar-bench-${assets}`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const duckdbPath = join(folder, 'sample.duckdb');

    const sampleStarted = performance.now();
    await writeSampleWarehouse({ ...DEFAULT_SAMPLE, assets, warehousePath: duckdbPath });
    runs.push(await measureBuild('duckdb', assets, duckdbPath, folder, performance.now() - sampleStarted));

    if (postgresUrl) {
      const copyStarted = performance.now();
      await copyWarehouseToPostgres(duckdbPath, postgresUrl);
      runs.push(await measureBuild('postgres', assets, postgresUrl, folder, performance.now() - copyStarted));
    }
    rmSync(folder, { recursive: true, force: true });
  }

  mkdirSync(RESULTS, { recursive: true });
  const environment = {
    ...machineDetails(),
    duckdb: (await import('@duckdb/node-api')).version(),
    postgres: postgresUrl ? commandVersion('psql') : 'not run',
    date: new Date().toISOString().slice(0, 10),
  };
  writeFileSync(new URL('build.json', RESULTS), `${JSON.stringify({ environment, runs }, null, 2)}\n`);
  writeFileSync(new URL('build.md', RESULTS), formatMarkdown(environment, runs));
  console.log(formatMarkdown(environment, runs));
}

async function measureBuild(engine: Run['engine'], assets: number, warehouse: string, folder: string, preparationMs: number): Promise<Run> {
  const stages: StageRecord[] = [];
  const loadAverage = loadavg()[0];
  const started = performance.now();
  const result = await build({
    warehouse,
    outDir: join(folder, `site-${engine}`),
    workDir: join(folder, `work-${engine}`),
    log: (line) => console.error(`[${engine} ${assets}] ${line}`),
    recordStage: (record) => stages.push(record),
  });
  const withheldCells = Object.values(result.manifest.suppression).reduce((sum, count) => sum + count, 0);
  return { engine, assets, preparationMs, totalMs: performance.now() - started, stages, withheldCells, loadAverage };
}

function formatMarkdown(environment: Record<string, unknown>, runs: readonly Run[]): string {
  const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(1);
  const lines = [
    '# Build benchmark',
    '',
    'The whole build, warehouse to site, on the sample warehouse (`benchmarks/build.ts`).',
    'Preparation is writing the sample (DuckDB) or copying it into PostgreSQL; it is not part of the build.',
    'Peak memory is the resident set of the build process during the stage, sampled every 20 ms; for the site stage, the Astro process\'s own peak follows in brackets.',
    '',
    `Machine: ${environment.cpu}, ${environment.cores} cores, ${environment.memoryGiB} GiB, kernel ${environment.kernel}; Node ${environment.node}, DuckDB ${environment.duckdb}, PostgreSQL ${environment.postgres}; run on ${environment.date}.`,
    '',
    '| engine | assets | load average at start | preparation (s) | build (s) | withheld cells | stage: time (s), peak memory (MiB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const run of runs) {
    const stages = run.stages.map((stage) => {
      const child = stage.childPeakRssMiB === undefined ? '' : ` [${stage.childPeakRssMiB}]`;
      return `${stage.name}: ${seconds(stage.durationMs)}, ${stage.peakRssMiB}${child}`;
    });
    lines.push(`| ${run.engine} | ${run.assets.toLocaleString('en-GB')} | ${run.loadAverage.toFixed(2)} | ${seconds(run.preparationMs)} | ${seconds(run.totalMs)} | ${run.withheldCells} | ${stages.join('; ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

await main();

/**
 * The fmar-reports command. Each subcommand parses its own options and
 * prints progress to `out`; errors go to `err` with exit code 1, usage
 * mistakes with exit code 2.
 */
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { writeToTarget } from '../../data-loaders/warehouse/target.ts';
import { auditEdition } from '../pipeline/audit-edition.ts';
import { build } from '../pipeline/build.ts';
import { DEFAULT_REPORTS_DIR, DEFAULT_WAREHOUSE, DEFAULT_WORK_DIR, ensureDefaultWarehouse } from './default-warehouse.ts';
import { runNewEdition, runPublish, runPublishedSite, runVerify } from './edition-commands.ts';
import { UsageError } from './usage-error.ts';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const CONSOLE: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

const USAGE = `Usage: fmar-reports <command> [options]

Commands:
  build    [--warehouse PATH_OR_URL] [--edition YYYY-qN] [--out DIR] [--work DIR] [--reports DIR]
           Load the datasets, apply the disclosure policy and build the site, with every
           published edition of --reports (default ${DEFAULT_REPORTS_DIR}) kept as it was frozen.
           Without --warehouse, the sample warehouse ${DEFAULT_WAREHOUSE} is used (and created when missing).
  new-edition [--edition YYYY-qN] [--reports DIR] [--lead-statistician NAME] [--contact EMAIL]
           Create a draft edition.md for the quarter after the latest edition, or --edition.
  publish  --edition YYYY-qN [--work DIR] [--reports DIR]
           Freeze a built edition: copy its vetted files into <reports>/YYYY-qN/data/ and set
           status: published. Later builds take it from those files and never rebuild it.
  verify   [--reports DIR]
           Check every published edition's frozen files against their SHA256SUMS. Exits 1 on a mismatch.
  site     [--out DIR] [--work DIR] [--reports DIR]
           Build the site from the published editions alone, without a warehouse.
  audit    --warehouse PATH_OR_URL [--edition YYYY-qN] [--work DIR]
           Check a built edition's vetted datasets against the warehouse and re-run
           the attacker's linear programs on its [c] pattern. Exits 1 when any check fails.
  sample   --warehouse FILE_OR_URL [--seed N] [--assets N] [--as-of YYYY-MM-DD]
           Write a synthetic FMAR warehouse (a DuckDB file, or the tables of a PostgreSQL database).
  import repd CSV --gsp-boundaries GEOJSON --warehouse FILE_OR_URL
           Load a Renewable Energy Planning Database extract into a warehouse.
  help     Show this text.`;


/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], output: Output = CONSOLE): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'build':
        await runBuild(rest, output);
        return 0;
      case 'audit':
        return await runAudit(rest, output);
      case 'new-edition':
        runNewEdition(parseEditionCommand(rest, NEW_EDITION_OPTIONS), output);
        return 0;
      case 'publish':
        runPublish(parseEditionCommand(rest, PUBLISH_OPTIONS), output);
        return 0;
      case 'verify':
        return runVerify(parseEditionCommand(rest, VERIFY_OPTIONS), output);
      case 'site':
        await runPublishedSite(parseEditionCommand(rest, SITE_OPTIONS), output);
        return 0;
      case 'sample':
        await runSample(rest, output);
        return 0;
      case 'import':
        await runImport(rest, output);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        output.out(USAGE);
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      output.err(`fmar-reports: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    output.err(`fmar-reports ${command}: ${(error as Error).message}`);
    return 1;
  }
}

async function runBuild(argv: string[], output: Output): Promise<void> {
  const { values } = parse(argv, {
    warehouse: { type: 'string' },
    edition: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    work: { type: 'string', default: DEFAULT_WORK_DIR },
    reports: { type: 'string', default: DEFAULT_REPORTS_DIR },
  });

  const warehouse = values.warehouse ?? (await ensureDefaultWarehouse(output.out));
  await build({
    warehouse: String(warehouse),
    edition: values.edition as string | undefined,
    outDir: String(values.out),
    workDir: String(values.work),
    reportsDir: String(values.reports),
    log: output.out,
  });
}

const NEW_EDITION_OPTIONS = {
  edition: { type: 'string' },
  reports: { type: 'string', default: DEFAULT_REPORTS_DIR },
  'lead-statistician': { type: 'string' },
  contact: { type: 'string' },
} as const;

const PUBLISH_OPTIONS = {
  edition: { type: 'string' },
  work: { type: 'string', default: DEFAULT_WORK_DIR },
  reports: { type: 'string', default: DEFAULT_REPORTS_DIR },
} as const;

const VERIFY_OPTIONS = { reports: { type: 'string', default: DEFAULT_REPORTS_DIR } } as const;

const SITE_OPTIONS = {
  out: { type: 'string', default: 'dist' },
  work: { type: 'string', default: DEFAULT_WORK_DIR },
  reports: { type: 'string', default: DEFAULT_REPORTS_DIR },
} as const;

/** Parses the options of an edition command into plain strings; an option not given is undefined. */
function parseEditionCommand(argv: string[], options: NonNullable<ParseArgsConfig['options']>): Record<string, string | undefined> {
  const { values } = parse(argv, options);
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === undefined ? undefined : String(value)]));
}

async function runAudit(argv: string[], output: Output): Promise<number> {
  const { values } = parse(argv, {
    warehouse: { type: 'string' },
    edition: { type: 'string' },
    work: { type: 'string', default: DEFAULT_WORK_DIR },
  });
  if (!values.warehouse) throw new UsageError('audit needs --warehouse PATH_OR_URL');

  const result = await auditEdition({
    warehouse: String(values.warehouse),
    edition: values.edition as string | undefined,
    vettedDir: join(String(values.work), 'vetted'),
    log: output.out,
  });
  for (const mismatch of result.mismatches.slice(0, 10)) output.err(`published figure differs from the warehouse: ${mismatch}`);
  for (const problem of result.fileProblems) output.err(`published file disagrees: ${problem}`);
  for (const entry of result.failed.slice(0, 10)) {
    output.err(`audit failed: ${entry.key} (${entry.rule}), interval [${entry.interval[0]}, ${entry.interval[1]}]`);
  }
  const passed = result.mismatches.length === 0 && result.fileProblems.length === 0 && result.failed.length === 0;
  output.out(passed ? `audit ${result.edition}: passed` : `audit ${result.edition}: FAILED`);
  return passed ? 0 : 1;
}

async function runSample(argv: string[], output: Output): Promise<void> {
  const { DEFAULT_SAMPLE, writeSampleWarehouse, formatSampleSummary } = await import('../../data-loaders/sample/index.ts');
  const { values } = parse(argv, {
    warehouse: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SAMPLE.seed) },
    assets: { type: 'string', default: String(DEFAULT_SAMPLE.assets) },
    'as-of': { type: 'string', default: DEFAULT_SAMPLE.asOf },
  });
  if (!values.warehouse) throw new UsageError('sample needs --warehouse FILE');

  const target = String(values.warehouse);
  const summary = await writeToTarget(target, (warehousePath) => writeSampleWarehouse({
    warehousePath,
    seed: wholeNumber('--seed', values.seed),
    assets: wholeNumber('--assets', values.assets),
    asOf: isoDate('--as-of', values['as-of']),
    log: output.out,
  }), output.out);
  for (const line of formatSampleSummary(summary)) output.out(line);
}

async function runImport(argv: string[], output: Output): Promise<void> {
  const [source, ...rest] = argv;
  if (source !== 'repd') throw new UsageError(`Unknown import source "${source ?? ''}"; the one source is repd`);

  const { importRepd, formatImportSummary } = await import('../../data-loaders/importers/repd/index.ts');
  const { values, positionals } = parse(
    rest,
    { 'gsp-boundaries': { type: 'string' }, warehouse: { type: 'string' } },
    true,
  );
  if (positionals.length !== 1) throw new UsageError('import repd needs exactly one CSV file');
  if (!values['gsp-boundaries']) throw new UsageError('import repd needs --gsp-boundaries GEOJSON');
  if (!values.warehouse) throw new UsageError('import repd needs --warehouse FILE');

  const summary = await writeToTarget(String(values.warehouse), (warehousePath) => importRepd({
    csvPath: positionals[0],
    gspBoundariesPath: String(values['gsp-boundaries']),
    warehousePath,
    log: output.out,
  }), output.out);
  for (const line of formatImportSummary(summary)) output.out(line);
}

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>, allowPositionals = false) {
  return parseArgs({ args: argv, options, allowPositionals, strict: true });
}

function wholeNumber(option: string, value: unknown): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new UsageError(`${option} must be a whole number, not "${value}"`);
  return number;
}

function isoDate(option: string, value: unknown): string {
  const text = String(value);
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`${option} must be a date written YYYY-MM-DD, not "${text}"`);
  }
  return text;
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS');
}

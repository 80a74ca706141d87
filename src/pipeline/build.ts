/**
 * The build: warehouse -> data loaders -> policy engine -> vetted datasets ->
 * Astro. Each stage logs what it produced; any error stops the build before
 * the site is replaced, so the previous output stays intact.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATASETS } from '../../data-loaders/datasets/index.ts';
import { loadDataset, type LoadedDataset } from '../../data-loaders/datasets/load.ts';
import { parseQuarter } from '../../data-loaders/datasets/quarters.ts';
import { describeFailure, runQualityGate, type QualityReport } from '../../data-loaders/quality/gate.ts';
import { openWarehouse } from '../../data-loaders/warehouse/open.ts';
import { protect } from '../../policy/engine/protect.ts';
import { loadPolicy, POLICY_PATH } from '../../policy/schema.ts';
import { listFrozenEditions, previousFrozenEdition, readFrozenDatasets, rejectFrozenEdition } from '../editions/frozen-editions.ts';
import { buildSite, checkReplaceable } from '../lib/build-site.ts';
import { manifestDataset, type Manifest } from '../vetted/format.ts';
import { resolveEditionPeriod } from './edition.ts';
import { collectEarlierKnowledge, withEarlierKnowledge } from './earlier-editions.ts';
import { measureTableLoss, type TableLoss } from './table-loss.ts';
import { buildProblems } from './problems.ts';
import { markRevisions } from './mark-revisions.ts';
import { hashSnapshot } from './snapshot.ts';
import { runStage, type Log, type StageRecord } from './stage.ts';
import { readWarehouseSource } from './warehouse-source.ts';
import { vetDataset } from './vet.ts';
import { writeVettedEdition } from './write-vetted.ts';

export interface BuildOptions {
  /** DuckDB file, folder of extracts or PostgreSQL URL. */
  warehouse: string;
  /** Edition as YYYY-qN; defaults to the latest complete quarter in the warehouse. */
  edition?: string;
  /** Folder the site is written to. */
  outDir: string;
  /** Folder for the vetted datasets and the publisher's reports, never part of the site. */
  workDir: string;
  /**
   * Editions folder (reports/): its published editions are kept in the
   * vetted folder from their frozen files, and its commentary goes with each
   * edition. Without it the site shows the built edition alone.
   */
  reportsDir?: string;
  /** Stop after the vetted datasets, without building the site. */
  skipSite?: boolean;
  policyPath?: string | URL;
  log?: Log;
  /** Receives the time and memory of each stage, for benchmarks. */
  recordStage?: (record: StageRecord) => void;
}

export interface BuildResult {
  edition: string;
  vettedDir: string;
  manifest: Manifest;
}

/** Builds one edition from a warehouse into a static site. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const policy = loadPolicy(options.policyPath ?? POLICY_PATH);
  if (options.edition) parseQuarter(options.edition);
  const frozen = options.reportsDir ? listFrozenEditions(options.reportsDir) : [];
  if (options.edition) rejectFrozenEdition(frozen, options.edition);
  if (!options.skipSite) checkReplaceable(resolve(options.outDir));
  const vettedDir = resolve(options.workDir, 'vetted');
  const publisherDir = resolve(options.workDir, 'publisher');

  const record = { record: options.recordStage };
  const warehouse = await runStage(log, 'warehouse', () => openWarehouse(options.warehouse), (opened) => `opened ${opened.description}`, record);
  let loaded: LoadedDataset[];
  let period;
  let snapshot: string;
  let quality: QualityReport;
  let source: Awaited<ReturnType<typeof readWarehouseSource>>;
  try {
    quality = await runStage(log, 'quality checks', () => runQualityGate(warehouse), summariseQuality, record);
    for (const failure of quality.failures) log(`quality warning: ${describeFailure(failure)}`);
    period = await resolveEditionPeriod(warehouse, options.edition);
    rejectFrozenEdition(frozen, period.edition.label);
    const { edition, quarters } = period;
    log(`edition ${edition.label}: ${quarters.length} quarters from ${quarters[0].label}, warehouse as of ${period.asOf}`);
    source = await readWarehouseSource(warehouse);
    log(`source: ${source.id} (warehouse_info source ${JSON.stringify(source.text ?? null)})`);

    loaded = [];
    for (const loader of DATASETS) {
      const dataset = await runStage(
        log,
        `data loader ${loader.definition.id}`,
        () => loadDataset(warehouse, loader, quarters),
        (result) => `${result.stocks.size} cells and ${result.changes.size} changes read`,
        record,
      );
      loaded.push(dataset);
    }
    snapshot = await hashSnapshot(warehouse, loaded);
  } finally {
    await warehouse.close();
  }

  // Earlier published editions are known to the attacker: what they withheld
  // stays withheld, and what they published at today's value is fixed.
  const earlier = frozen.filter((candidate) => candidate.id < period.edition.label);
  const knowledge = collectEarlierKnowledge(loaded, earlier.flatMap((candidate) => [...readFrozenDatasets(candidate).values()]));
  const problems = buildProblems(loaded, { stockOrderings: policy.secondary_suppression.stock_orderings }).map((problem) =>
    withEarlierKnowledge(problem, knowledge),
  );
  if (earlier.length > 0) {
    log(`earlier editions: ${earlier.length} read, ${knowledge.withheld.size} cells kept withheld, ${knowledge.known.size} cells already published`);
  }
  const protection = await runStage(
    log,
    'policy engine',
    () => protect(problems, policy, { log }),
    (result) => `${result.suppressed.size} of ${problems.reduce((sum, problem) => sum + problem.cells.length, 0)} cells withheld, audit passed`,
    record,
  );

  const withheld = new Set(protection.suppressed.keys());
  const edition = period.edition.label;
  const previous = previousFrozenEdition(frozen, edition);
  const previousDatasets = previous ? readFrozenDatasets(previous) : new Map();
  const revised = loaded.map((dataset) =>
    markRevisions(vetDataset(dataset, edition, withheld), previousDatasets.get(dataset.loader.definition.id)),
  );
  const vetted = revised.map((entry) => entry.dataset);
  const manifest: Manifest = {
    edition,
    firstQuarter: period.quarters[0].label,
    lastQuarter: edition,
    periodEnd: period.edition.end,
    policyVersion: policy.version,
    warehouseSnapshot: snapshot,
    asOf: period.asOf,
    source: source.id,
    previousEdition: previous?.id ?? null,
    datasets: revised.map(({ dataset, revised: revisedCells }) => manifestDataset(dataset, revisedCells)),
    suppression: { ...protection.counts },
    quality: {
      checks: quality.checks,
      warnings: quality.failures.map((failure) => ({
        check: failure.id,
        description: `${failure.table}.${failure.column} ${failure.rule}`,
        rows: failure.rows,
      })),
    },
  };
  await writeVettedEdition(vettedDir, manifest, vetted, { frozen, reportsDir: options.reportsDir });
  writePublisherReports(publisherDir, edition, protection, quality, measureTableLoss(vetted));
  log(`vetted datasets: ${vetted.length} written to ${vettedDir}, with ${frozen.length} published ${frozen.length === 1 ? 'edition' : 'editions'} kept`);
  if (previous) log(`revisions: ${revised.reduce((sum, entry) => sum + entry.revised, 0)} cells differ from published edition ${previous.id}`);

  if (!options.skipSite) {
    await runStage(
      log,
      'site',
      () => buildSite({ vettedDir, outDir: resolve(options.outDir) }),
      (site) => `written to ${site.outDir}`,
      { ...record, childPeakRss: (site) => site.peakRssBytes },
    );
  }
  return { edition, vettedDir, manifest };
}

function summariseQuality(report: QualityReport): string {
  const warnings = report.failures.length;
  return `${report.checks} checks passed${warnings > 0 ? `, ${warnings} with warnings` : ''}`;
}

/** Writes the publisher's disclosure and quality reports beside the site, never into it. */
function writePublisherReports(
  publisherDir: string,
  edition: string,
  protection: Awaited<ReturnType<typeof protect>>,
  quality: QualityReport,
  tableLoss: TableLoss[],
): void {
  const folder = join(publisherDir, edition);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'quality-report.json'), `${JSON.stringify(quality, null, 2)}\n`);
  const report = {
    edition,
    note: 'Internal to the publisher. Never publish this file: it says which cell was withheld by which rule.',
    counts: protection.counts,
    informationLoss: protection.informationLoss,
    informationLossByTable: tableLoss,
    disclosedInEarlierEditions: protection.disclosedEarlier,
    suppressed: [...protection.suppressed.entries()].map(([key, reason]) => ({ key, reason })),
    audit: protection.audit,
  };
  writeFileSync(join(folder, 'disclosure-report.json'), `${JSON.stringify(report, null, 2)}\n`);
}

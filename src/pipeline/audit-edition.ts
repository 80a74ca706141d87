/**
 * Audits a vetted edition on its own, as an outside check of what was
 * published: every figure must equal the warehouse's value at the measure's
 * precision, the CSV and Parquet files must agree with the JSON files, and
 * the [c] pattern of the files must pass the attacker's linear programs for
 * every sensitive cell and change between quarters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS } from '../../data-loaders/datasets/index.ts';
import { loadDataset, loadedCellKey, type LoadedDataset } from '../../data-loaders/datasets/load.ts';
import { openWarehouse } from '../../data-loaders/warehouse/open.ts';
import { auditProtection } from '../../policy/engine/protect.ts';
import type { AuditEntry } from '../../policy/engine/problem.ts';
import { loadPolicy, POLICY_PATH } from '../../policy/schema.ts';
import { CONFIDENTIAL, vettedDatasetSchema, type VettedDataset } from '../vetted/format.ts';
import { resolveEditionPeriod } from './edition.ts';
import { checkEditionFiles } from './check-edition-files.ts';
import { buildProblems, cellKey } from './problems.ts';
import type { Log } from './stage.ts';
import { roundTo } from './vet.ts';

export interface EditionAudit {
  edition: string;
  /** Published figures that differ from the warehouse, as "dataset quarter row measure". */
  mismatches: string[];
  /** Published files that disagree with the JSON datasets, each naming the file. */
  fileProblems: string[];
  entries: AuditEntry[];
  failed: AuditEntry[];
}

/** Audits the vetted edition in `vettedDir` against the warehouse it was built from. */
export async function auditEdition(options: {
  warehouse: string;
  vettedDir: string;
  edition?: string;
  policyPath?: string | URL;
  log?: Log;
}): Promise<EditionAudit> {
  const log = options.log ?? (() => {});
  const policy = loadPolicy(options.policyPath ?? POLICY_PATH);

  const warehouse = await openWarehouse(options.warehouse);
  const loaded: LoadedDataset[] = [];
  let edition: string;
  try {
    const period = await resolveEditionPeriod(warehouse, options.edition);
    edition = period.edition.label;
    for (const loader of DATASETS) loaded.push(await loadDataset(warehouse, loader, period.quarters));
  } finally {
    await warehouse.close();
  }

  const withheld = new Set<string>();
  const mismatches: string[] = [];
  for (const dataset of loaded) {
    const vetted = readVetted(options.vettedDir, edition, dataset.loader.definition.id);
    compareWithWarehouse(dataset, vetted, withheld, mismatches);
  }
  log(`audit ${edition}: ${withheld.size} withheld cells read, ${mismatches.length} published figures differ from the warehouse`);

  const fileProblems = await checkEditionFiles(options.vettedDir, edition);
  log(`audit ${edition}: ${fileProblems.length === 0 ? 'the CSV, Parquet and checksum files agree with the JSON files' : `${fileProblems.length} published files disagree with the JSON files`}`);

  const entries: AuditEntry[] = [];
  for (const problem of buildProblems(loaded, { stockOrderings: policy.secondary_suppression.stock_orderings })) {
    const keys = new Set(problem.cells.map((cell) => cell.key));
    entries.push(...(await auditProtection(problem, [...withheld].filter((key) => keys.has(key)), policy)));
  }
  const failed = entries.filter((entry) => !entry.passed);
  log(`audit ${edition}: ${entries.length} sensitive items checked, ${failed.length} failed`);
  return { edition, mismatches, fileProblems, entries, failed };
}

function readVetted(vettedDir: string, edition: string, datasetId: string): VettedDataset {
  const path = join(vettedDir, edition, `${datasetId}.json`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Vetted dataset not found: ${path}; build the edition first`);
  }
  return vettedDatasetSchema.parse(JSON.parse(text));
}

/** Collects the withheld keys of a vetted dataset and every published figure that differs from the warehouse. */
function compareWithWarehouse(dataset: LoadedDataset, vetted: VettedDataset, withheld: Set<string>, mismatches: string[]): void {
  const { dimension, measures, id } = dataset.loader.definition;
  for (const row of vetted.rows) {
    const quarter = String(row.quarter);
    const member = String(row[dimension.column]);
    for (const measure of measures) {
      const published = row[measure.column];
      if (published === CONFIDENTIAL) {
        withheld.add(cellKey(dataset, quarter, member, measure.column));
        continue;
      }
      const value = dataset.stocks.get(loadedCellKey(quarter, member, measure.column))?.value ?? 0;
      if (published !== roundTo(value, measure.decimals)) mismatches.push(`${id} ${quarter} ${member} ${measure.column}`);
    }
  }
}

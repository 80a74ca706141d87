import { statSync } from 'node:fs';
import { drawLatestQuarterBars } from '../charts/latest-quarter-bars.ts';
import { drawQuarterlyTrend } from '../charts/quarterly-trend.ts';
import type { Chart } from '../charts/chart.ts';
import { lowerFirst } from '../format/measures.ts';
import { formatNumber } from '../format/numbers.ts';
import { csvPath } from '../paths/site-paths.ts';
import { buildWideTable, type WideTable } from '../tables/wide-table.ts';
import { primaryMeasure } from '../vetted/dataset-queries.ts';
import type { PublishedDataset } from '../vetted/published-dataset.ts';

/** Everything the edition page shows for one dataset. */
export interface DatasetView {
  id: string;
  title: string;
  description: string;
  charts: Chart[];
  /** One table per measure, in the definition's order. */
  tables: WideTable[];
  hasWithheld: boolean;
  download: { href: string; fileName: string; text: string };
}

/**
 * Builds the view of a dataset for its edition. The view has a bar chart of
 * the primary measure by member at the edition's quarter end and a line chart
 * of its total by quarter. It also has a table per measure and the CSV link.
 */
export function buildDatasetView(dataset: PublishedDataset): DatasetView {
  const { definition } = dataset;
  const measure = primaryMeasure(definition);
  const charts = [drawLatestQuarterBars(dataset, dataset.edition, measure), drawQuarterlyTrend(dataset, measure)];
  const tables = definition.measures.map((candidate) => buildWideTable(dataset, candidate));

  return {
    id: definition.id,
    title: definition.title,
    description: definition.description,
    charts,
    tables,
    hasWithheld: tables.some((table) => table.hasWithheld),
    download: {
      href: csvPath(dataset.edition, dataset.csvName),
      fileName: dataset.csvName,
      text: `Download ${lowerFirst(definition.title)} (CSV, ${formatFileSize(statSync(dataset.csvFile).size)})`,
    },
  };
}

/** Formats a size in bytes as GOV.UK does for attachments: "850 bytes", "3.5 KB", "1.2 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

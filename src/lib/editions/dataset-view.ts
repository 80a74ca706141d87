import { statSync } from 'node:fs';
import { join } from 'node:path';
import { drawLatestQuarterBars } from '../charts/latest-quarter-bars.ts';
import { drawQuarterlyTrend } from '../charts/quarterly-trend.ts';
import type { Chart } from '../charts/chart.ts';
import { lowerFirst } from '../format/measures.ts';
import { formatNumber } from '../format/numbers.ts';
import { csvPath, dataFilePath, editionPath } from '../paths/site-paths.ts';
import { quarterMonthsLabel } from '../quarters/quarter-labels.ts';
import { PAGE_QUARTERS, selectLatestQuarters, type QuarterWindow } from '../quarters/quarter-window.ts';
import { buildWideTable, type WideTable } from '../tables/wide-table.ts';
import { listQuarters, primaryMeasure } from '../vetted/dataset-queries.ts';
import type { PublishedDataset } from '../vetted/published-dataset.ts';

/** A link to a file of a dataset, with its file name and link text. */
export interface DownloadLink {
  href: string;
  fileName: string;
  text: string;
}

/** Everything the edition page shows for one dataset. */
export interface DatasetView {
  id: string;
  title: string;
  description: string;
  charts: Chart[];
  /** One table per measure, in the definition's order. */
  tables: WideTable[];
  hasWithheld: boolean;
  /** Whether any table marks a figure [r]. */
  hasRevised: boolean;
  download: DownloadLink;
  /** The same data as JSON and Parquet. */
  otherFormats: { json: DownloadLink; parquet: DownloadLink };
  /** Location of each chart's data: the CSV file and the id of the table of the charted measure. */
  chartData: { csvHref: string; tableId: string };
  /** The same dataset in the previous published edition, which the [r] markers compare with. */
  previous?: { href: string; csvHref: string; text: string };
  /** The quarters the trend chart and the tables show, and where the whole series starts. */
  window: QuarterWindow;
}

/**
 * Builds the view of a dataset for its edition. The view has a bar chart of
 * the primary measure by member at the edition's quarter end and a line chart
 * of its total by quarter. It also has a table per measure, the download
 * links in every format, and a link to the previous published edition. The
 * line chart and the tables show the latest `windowSize` quarters, and the
 * downloads always hold the whole series.
 */
export function buildDatasetView(dataset: PublishedDataset, windowSize: number = PAGE_QUARTERS): DatasetView {
  const { definition } = dataset;
  const measure = primaryMeasure(definition);
  const window = selectLatestQuarters(listQuarters(dataset), windowSize);
  const charts = [drawLatestQuarterBars(dataset, dataset.edition, measure), drawQuarterlyTrend(dataset, measure, window)];
  const tables = definition.measures.map((candidate) => buildWideTable(dataset, candidate, window.quarters));

  return {
    id: definition.id,
    title: definition.title,
    description: definition.description,
    charts,
    tables,
    hasWithheld: tables.some((table) => table.hasWithheld),
    hasRevised: tables.some((table) => table.hasRevised),
    download: {
      href: csvPath(dataset.edition, dataset.csvName),
      fileName: dataset.csvName,
      text: `Download ${lowerFirst(definition.title)} (CSV, ${formatFileSize(statSync(dataset.csvFile).size)})`,
    },
    otherFormats: {
      json: fileLink(dataset, dataset.jsonName, 'JSON'),
      parquet: fileLink(dataset, dataset.parquetName, 'Parquet'),
    },
    chartData: { csvHref: csvPath(dataset.edition, dataset.csvName), tableId: `${definition.id}-${measure.column}-table` },
    previous: dataset.previousEdition
      ? {
          href: `${editionPath(dataset.previousEdition)}#${definition.id}`,
          csvHref: csvPath(dataset.previousEdition, dataset.csvName),
          text: `${definition.title} in the previous edition (${quarterMonthsLabel(dataset.previousEdition)})`,
        }
      : undefined,
    window,
  };
}

function fileLink(dataset: PublishedDataset, fileName: string, format: string): DownloadLink {
  const size = statSync(join(dataset.csvFile, '..', fileName)).size;
  return { href: dataFilePath(dataset.edition, fileName), fileName, text: `${format}, ${formatFileSize(size)}` };
}

/** Formats a size in bytes as GOV.UK does for attachments: "850 bytes", "3.5 KB", "1.2 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

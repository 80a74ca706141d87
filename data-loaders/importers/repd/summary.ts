import type { AliasMerge } from './organisations.ts';
import type { PlacementCounts } from './place-sites.ts';
import type { TextEncoding } from './read-csv.ts';
import type { DropReason } from './select-sites.ts';
import type { Qualification } from './synthesise-market.ts';

/** Counts and facts from one import: rows read, loaded and dropped, and the tables written. */
export interface ImportSummary {
  csvPath: string;
  encoding: TextEncoding;
  gspBoundariesPath: string;
  warehousePath: string;
  /** as_of of the warehouse: the latest `Record Last Updated` date in the extract. */
  asOf: string;
  source: string;
  rowsRead: number;
  rowsLoaded: number;
  /** Dropped rows by reason, in the order the rules are applied. Reasons with no rows are included. */
  dropped: { reason: DropReason; description: string; rows: number }[];
  /** Loaded rows registered on their last-updated date because the operational date was missing or "NA". */
  registeredOnLastUpdated: number;
  /** Loaded rows with a blank Country, counted as GB. */
  loadedWithoutCountry: number;
  placement: PlacementCounts;
  gspFeatures: number;
  gsps: number;
  organisations: number;
  enterpriseGroups: number;
  /** Organisations made for sites with a placeholder operator, one for each site. */
  placeholderOrganisations: number;
  /** Enterprise groups that the alias table formed from several organisations. */
  aliasMerges: AliasMerge[];
  spus: number;
  spgs: number;
  qualificationsByStatus: Record<Qualification['status'], number>;
  products: number;
  /** Wall-clock time of the import in milliseconds. */
  elapsedMs: number;
}

/** Formats the summary as lines of text for the terminal, in British English. */
export function formatImportSummary(summary: ImportSummary): string[] {
  const droppedTotal = summary.dropped.reduce((total, entry) => total + entry.rows, 0);
  const unallocated = summary.placement.noCoordinates + summary.placement.outsideRegions;
  const qualifications = Object.values(summary.qualificationsByStatus).reduce((total, count) => total + count, 0);
  const statuses = Object.entries(summary.qualificationsByStatus)
    .map(([status, count]) => `${status} ${formatCount(count)}`)
    .join(', ');

  const lines = [
    `Imported ${summary.csvPath} (${summary.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252'}) into ${summary.warehousePath}, as of ${summary.asOf}.`,
    `Rows read: ${formatCount(summary.rowsRead)}`,
    `Rows loaded as assets: ${formatCount(summary.rowsLoaded)}`,
    `Rows dropped: ${formatCount(droppedTotal)}`,
  ];

  for (const entry of summary.dropped) {
    if (entry.rows > 0) lines.push(`  ${formatCount(entry.rows).padStart(7)}  ${entry.description}`);
  }

  lines.push(
    `Registered on the last-updated date, for want of an operational date: ${formatCount(summary.registeredOnLastUpdated)}`,
    `Loaded with a blank country, counted as GB: ${formatCount(summary.loadedWithoutCountry)}`,
    `Unallocated to a GSP: ${formatCount(unallocated)} (no coordinates ${formatCount(summary.placement.noCoordinates)}, ` +
      `outside every GSP region ${formatCount(summary.placement.outsideRegions)})`,
    `In a region that several GSPs share or overlap, placed at the lowest GSP id: ${formatCount(summary.placement.inOverlaps)}`,
    `GSPs: ${formatCount(summary.gsps)} from ${formatCount(summary.gspFeatures)} features in ${summary.gspBoundariesPath}`,
    `Organisations: ${formatCount(summary.organisations)} in ${formatCount(summary.enterpriseGroups)} enterprise groups; ` +
      `${formatCount(summary.placeholderOrganisations)} of them stand for sites with a placeholder operator, one for each site`,
    `Enterprise groups formed from several organisations: ${formatCount(summary.aliasMerges.length)}`,
    `Market units (synthetic): ${formatCount(summary.spus)} SPU, ${formatCount(summary.spgs)} SPG`,
    `Qualifications (synthetic): ${formatCount(qualifications)} (${statuses})`,
    `Products: ${formatCount(summary.products)}`,
    `Source recorded in the warehouse: ${summary.source}`,
    `Took ${(summary.elapsedMs / 1000).toFixed(1)} s`,
  );

  return lines;
}

/** Formats a count with commas between thousands, the same on every machine and locale. */
function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Arrow IPC downloads: every dataset of every edition at
 * /data/<edition>/<dataset>.arrow, the table the explore page loads into
 * DuckDB-WASM. It holds the vetted CSV's rows with withheld cells as NULL
 * plus a `_withheld` flag per measure.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildExploreTable, encodeArrowStream } from '../../../lib/explore/arrow-table.ts';
import { loadSiteData } from '../../../lib/site-input/site-data.ts';
import type { PublishedDataset } from '../../../lib/vetted/published-dataset.ts';

interface Props {
  dataset: PublishedDataset;
}

export const getStaticPaths = (() =>
  loadSiteData().editions.flatMap((edition) =>
    edition.datasets.map((dataset) => ({ params: { edition: edition.id, dataset: dataset.definition.id }, props: { dataset } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  // slice() copies into a plain ArrayBuffer, which is what a Response body accepts.
  new Response(encodeArrowStream(buildExploreTable(props.dataset)).slice(), {
    headers: { 'Content-Type': 'application/vnd.apache.arrow.stream' },
  });

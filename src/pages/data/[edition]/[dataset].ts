/**
 * CSV downloads: every dataset of every edition at /data/<edition>/<file>.csv
 * and the latest edition's at /data/latest/<file>.csv. Each file is the vetted
 * CSV byte for byte, because it is read here as bytes and never reformatted.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { LATEST_DATA_FOLDER } from '../../../lib/paths/site-paths.ts';
import { loadSiteData } from '../../../lib/site-input/site-data.ts';
import type { VettedEdition } from '../../../lib/vetted/published-dataset.ts';

interface Props {
  csvFile: string;
}

export const getStaticPaths = (() => {
  const { editions, latest } = loadSiteData();
  const paths = (folder: string, edition: VettedEdition) =>
    edition.datasets.map((dataset) => ({ params: { edition: folder, dataset: dataset.csvName }, props: { csvFile: dataset.csvFile } }));

  return [...editions.flatMap((edition) => paths(edition.id, edition)), ...paths(LATEST_DATA_FOLDER, latest)];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(readFileSync(props.csvFile), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

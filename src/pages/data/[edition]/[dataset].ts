/**
 * Open data downloads: every file of every edition's data (CSV, JSON,
 * Parquet, manifest, Data Package, CSV on the Web metadata and SHA256SUMS)
 * at /data/<edition>/<file>, and the latest edition's at /data/latest/<file>.
 * Each file is the vetted file byte for byte, because it is read here as
 * bytes and never reformatted.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { LATEST_DATA_FOLDER } from '../../../lib/paths/site-paths.ts';
import { loadSiteData } from '../../../lib/site-input/site-data.ts';
import type { VettedEdition } from '../../../lib/vetted/published-dataset.ts';

interface Props {
  file: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.parquet': 'application/vnd.apache.parquet',
};

export const getStaticPaths = (() => {
  const { editions, latest } = loadSiteData();
  const paths = (folder: string, edition: VettedEdition) =>
    edition.dataFiles.map((name) => ({ params: { edition: folder, dataset: name }, props: { file: join(edition.dir, name) } }));

  return [...editions.flatMap((edition) => paths(edition.id, edition)), ...paths(LATEST_DATA_FOLDER, latest)];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(readFileSync(props.file), {
    headers: { 'Content-Type': CONTENT_TYPES[extname(props.file)] ?? 'text/plain; charset=utf-8' },
  });

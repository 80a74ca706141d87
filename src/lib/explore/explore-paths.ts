import { withBase } from '../paths/site-paths.ts';

/** Returns the path of an edition's explore page: /editions/2025-q4/explore/. */
export function explorePath(editionId: string): string {
  return withBase(`/editions/${editionId}/explore/`);
}

/** Returns the path of a dataset's Arrow IPC stream: /data/2025-q4/capacity-by-technology.arrow. */
export function arrowPath(editionId: string, datasetId: string): string {
  return withBase(`/data/${editionId}/${datasetId}.arrow`);
}

import { createHash } from 'node:crypto';
import type { LoadedDataset } from '../../data-loaders/datasets/load.ts';
import type { Warehouse } from '../../data-loaders/warehouse/warehouse.ts';

/**
 * Returns the SHA-256 that identifies the warehouse snapshot an edition was
 * built from. It hashes warehouse_info and every cell statistic the loaders
 * read, in a fixed order, rather than the database file: the same data gives
 * the same hash whichever engine holds it, and hashing needs no pass over the
 * assets in Node.
 */
export async function hashSnapshot(warehouse: Warehouse, datasets: readonly LoadedDataset[]): Promise<string> {
  const hash = createHash('sha256');
  const info = await warehouse.query('SELECT key, value FROM warehouse_info ORDER BY key');
  hash.update(JSON.stringify(info));

  for (const dataset of datasets) {
    hash.update(`\n${dataset.loader.definition.id}\n`);
    for (const series of [dataset.stocks, dataset.changes]) {
      const keys = [...series.keys()].sort();
      for (const key of keys) hash.update(`${key}=${JSON.stringify(series.get(key))}\n`);
    }
  }
  return hash.digest('hex');
}

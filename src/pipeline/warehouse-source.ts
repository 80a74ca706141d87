import type { Warehouse } from '../../data-loaders/warehouse/warehouse.ts';
import { DEFAULT_SOURCE, type SourceId } from '../vetted/sources.ts';

/**
 * Starts of warehouse_info's `source` value that name a source other than
 * FMAR, as the REPD importer and the sample writer write it
 * ("REPD import of repd-q1-2024.csv", "synthetic sample (seed 7, 3000 assets)").
 */
const SOURCE_PREFIXES: readonly { prefix: string; id: SourceId }[] = [
  { prefix: 'REPD import', id: 'repd' },
  { prefix: 'synthetic sample', id: 'sample' },
];

/**
 * Reads warehouse_info's `source` value and returns the id of the source it
 * names, with the value itself for the build log. Any other value, or no
 * value, is FMAR's own data. The value is never published, because a
 * warehouse may describe itself with a host or file name.
 */
export async function readWarehouseSource(warehouse: Warehouse): Promise<{ id: SourceId; text: string | undefined }> {
  const rows = await warehouse.query("SELECT value FROM warehouse_info WHERE key = 'source'");
  const value = rows[0]?.value;
  const text = typeof value === 'string' ? value : undefined;
  const match = SOURCE_PREFIXES.find((candidate) => text?.startsWith(candidate.prefix));
  return { id: match?.id ?? DEFAULT_SOURCE, text };
}

import { readFileSync } from 'node:fs';
import { findGspGroup } from '../../reference/index.ts';
import { ImportInputError } from './errors.ts';
import { toShape, type PolygonRings, type Shape } from './point-in-polygon.ts';
import { compareText } from './stable-id.ts';

/** A GSP and the area it serves, from the GSP regions GeoJSON. */
export interface GspRegion {
  /** GSP id as integer text, such as "1". */
  gspId: string;
  gspName: string;
  /** GSP group, `_A` to `_P`, from the feature's `pes_name`. */
  gspGroupId: string;
  shape: Shape;
}

export interface GspRegions {
  /** Regions in numeric order of GSP id. */
  regions: GspRegion[];
  featureCount: number;
}

interface FeatureFields {
  gspId: string;
  gspName: string;
  gspGroupId: string;
  polygons: PolygonRings[];
}

/**
 * Reads GSP regions from a GeoJSON FeatureCollection in WGS84 longitude and
 * latitude. Each feature needs `gsp_id` (an integer, which may be written
 * 1.0), `gsp_name`, `pes_name` (the GSP group) and a Polygon or MultiPolygon
 * geometry. When a feature has `pes_id`, it must be the group's MPAN
 * distributor id.
 * Features that share a gsp_id become one region with all their polygons,
 * provided they agree on its name and group. Throws ImportInputError naming
 * the file, the feature and the property at fault.
 */
export function readGspRegions(path: string): GspRegions {
  const features = readFeatures(path);
  const byId = new Map<string, FeatureFields>();

  for (const [index, feature] of features.entries()) {
    const fields = readFeature(path, index, feature);
    const earlier = byId.get(fields.gspId);

    if (earlier === undefined) {
      byId.set(fields.gspId, fields);
      continue;
    }
    if (earlier.gspName !== fields.gspName || earlier.gspGroupId !== fields.gspGroupId) {
      throw new ImportInputError(
        { file: path, column: 'gsp_id', value: fields.gspId },
        `feature ${index} repeats this GSP id as ${fields.gspName} in ${fields.gspGroupId}, ` +
          `but an earlier feature has it as ${earlier.gspName} in ${earlier.gspGroupId}`,
      );
    }
    earlier.polygons.push(...fields.polygons);
  }

  const regions = [...byId.values()]
    .sort((a, b) => Number(a.gspId) - Number(b.gspId) || compareText(a.gspId, b.gspId))
    .map((fields) => ({
      gspId: fields.gspId,
      gspName: fields.gspName,
      gspGroupId: fields.gspGroupId,
      shape: toShape(fields.polygons),
    }));

  return { regions, featureCount: features.length };
}

function readFeatures(path: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportInputError({ file: path }, `cannot read the file (${reason})`);
  }

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportInputError({ file: path }, `invalid JSON (${reason})`);
  }

  const features = (document as { type?: unknown; features?: unknown } | null)?.features;
  if ((document as { type?: unknown } | null)?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    throw new ImportInputError({ file: path }, 'expected a GeoJSON FeatureCollection with a "features" array');
  }
  if (features.length === 0) throw new ImportInputError({ file: path }, 'the FeatureCollection has no features');

  return features;
}

function readFeature(path: string, index: number, feature: unknown): FeatureFields {
  const properties = (feature as { properties?: Record<string, unknown> } | null)?.properties ?? {};
  const where = (column: string, value?: unknown) => ({
    file: path,
    column: `features[${index}].properties.${column}`,
    value: value === undefined ? undefined : String(value),
  });

  const gspId = integerText(properties.gsp_id);
  if (gspId === undefined) {
    throw new ImportInputError(where('gsp_id', properties.gsp_id), 'missing or not an integer; expected a GSP id such as 1 or 1.0');
  }

  const gspName = typeof properties.gsp_name === 'string' ? properties.gsp_name.trim() : '';
  if (gspName === '') throw new ImportInputError(where('gsp_name', properties.gsp_name), 'missing GSP name');

  const group = typeof properties.pes_name === 'string' ? findGspGroup(properties.pes_name.trim()) : undefined;
  if (group === undefined) {
    throw new ImportInputError(where('pes_name', properties.pes_name), 'not a GSP group; expected one of _A to _P');
  }

  const pesId = properties.pes_id;
  if (pesId !== undefined && pesId !== null && Number(pesId) !== group.distributorId) {
    throw new ImportInputError(
      where('pes_id', pesId),
      `does not match GSP group ${group.id}, whose distributor id is ${group.distributorId}`,
    );
  }

  return { gspId, gspName, gspGroupId: group.id, polygons: readPolygons(path, index, feature) };
}

/** Returns integer text ("1") for 1, 1.0, "1" or "1.0", or undefined for anything else. */
function integerText(value: unknown): string | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) return undefined;
  return String(number);
}

function readPolygons(path: string, index: number, feature: unknown): PolygonRings[] {
  const geometry = (feature as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
  const location = { file: path, column: `features[${index}].geometry` };

  if (geometry?.type === 'Polygon' && isPolygonCoordinates(geometry.coordinates)) return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates) && geometry.coordinates.every(isPolygonCoordinates)) {
    return geometry.coordinates;
  }

  const type = geometry?.type === undefined ? 'none' : String(geometry.type);
  throw new ImportInputError(location, `expected a Polygon or MultiPolygon with [longitude, latitude] positions; found ${type}`);
}

function isPolygonCoordinates(value: unknown): value is PolygonRings {
  if (!Array.isArray(value) || value.length === 0) return false;
  return value.every(
    (ring) =>
      Array.isArray(ring) &&
      ring.length >= 4 &&
      ring.every((position) => Array.isArray(position) && position.length >= 2 && position.every(Number.isFinite)),
  );
}

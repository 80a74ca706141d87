import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GspLocator } from '../../data-loaders/importers/repd/gsp-locator.ts';
import { readGspRegions } from '../../data-loaders/importers/repd/gsp-regions.ts';
import { osgbToWgs84 } from '../../data-loaders/importers/repd/osgb.ts';
import { isInsidePolygon, isInsideRing, isInsideShape, toShape, type Ring } from '../../data-loaders/importers/repd/point-in-polygon.ts';
import { SAMPLE_GSP, temporaryFolder } from './repd-helpers.ts';

const square = (x: number, y: number, size: number): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('point in polygon', () => {
  it('finds a point inside a square', () => {
    expect(isInsideRing([0.5, 0.5], square(0, 0, 1))).toBe(true);
  });

  it('finds points outside a square on every side', () => {
    for (const point of [[-0.5, 0.5], [1.5, 0.5], [0.5, -0.5], [0.5, 1.5]]) {
      expect(isInsideRing(point, square(0, 0, 1)), JSON.stringify(point)).toBe(false);
    }
  });

  it('accepts a ring that is not closed', () => {
    expect(isInsideRing([0.5, 0.5], [[0, 0], [1, 0], [1, 1], [0, 1]])).toBe(true);
  });

  it('leaves the notch of a concave polygon outside', () => {
    const lShape: Ring = [[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]];
    expect(isInsideRing([0.5, 1.5], lShape)).toBe(true);
    expect(isInsideRing([1.5, 1.5], lShape)).toBe(false);
  });

  it('puts a point in a hole outside the polygon', () => {
    const rings = [square(0, 0, 4), square(1, 1, 2)];
    expect(isInsidePolygon([2, 2], rings)).toBe(false);
    expect(isInsidePolygon([0.5, 0.5], rings)).toBe(true);
  });

  it('finds a point in the second polygon of a multipolygon', () => {
    const shape = toShape([[square(0, 0, 1)], [square(10, 10, 1)]]);
    expect(isInsideShape([10.5, 10.5], shape)).toBe(true);
    expect(isInsideShape([5, 5], shape)).toBe(false);
  });

  it('rejects a point outside the bounding box at once', () => {
    const shape = toShape([[square(0, 0, 1)]]);
    expect(shape.box).toEqual({ minX: 0, minY: 0, maxX: 1, maxY: 1 });
    expect(isInsideShape([2, 0.5], shape)).toBe(false);
  });
});

describe('OSGB36 to WGS84', () => {
  it('matches a published grid conversion', () => {
    // NESO's GSP region data, as Open Climate Fix publishes it, gives the Cowley
    // region's centroid both as E 448889.644, N 206989.366 and as 51.7594638 N, 1.2930561 W.
    const [longitude, latitude] = osgbToWgs84(448_889.644, 206_989.366);
    expect(longitude).toBeCloseTo(-1.2930561, 6);
    expect(latitude).toBeCloseTo(51.7594638, 6);
  });
});

describe('readGspRegions', () => {
  let folder: string;
  let remove: () => void;
  beforeEach(() => ({ folder, remove } = temporaryFolder()));
  afterEach(() => remove());

  const feature = (properties: Record<string, unknown>, ring: Ring = square(0, 50, 1)) => ({
    type: 'Feature',
    properties: { gsp_name: 'TEST_1', pes_name: '_A', ...properties },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });

  function writeRegions(features: unknown[]): string {
    const path = join(folder, 'regions.geojson');
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
    return path;
  }

  it('reads the fixture with integer GSP ids and their groups', () => {
    const { regions, featureCount } = readGspRegions(SAMPLE_GSP);
    expect(featureCount).toBe(3);
    expect(regions.map((region) => [region.gspId, region.gspName, region.gspGroupId])).toEqual([
      ['1', 'ALPH_1', '_A'],
      ['2', 'BRAV_1', '_P'],
      ['3', 'CHAR_1', '_C'],
    ]);
  });

  it('accepts a GSP id written as the text "7.0"', () => {
    const { regions } = readGspRegions(writeRegions([feature({ gsp_id: '7.0' })]));
    expect(regions[0].gspId).toBe('7');
  });

  it('joins features that share a GSP id into one region', () => {
    const path = writeRegions([feature({ gsp_id: 4 }), feature({ gsp_id: 4.0 }, square(5, 50, 1))]);
    const { regions, featureCount } = readGspRegions(path);
    expect(featureCount).toBe(2);
    expect(regions).toHaveLength(1);
    expect(isInsideShape([5.5, 50.5], regions[0].shape)).toBe(true);
    expect(isInsideShape([0.5, 50.5], regions[0].shape)).toBe(true);
  });

  it('rejects a shared GSP id with different names', () => {
    const path = writeRegions([feature({ gsp_id: 4 }), feature({ gsp_id: 4, gsp_name: 'OTHER_1' })]);
    expect(() => readGspRegions(path)).toThrow(/gsp_id.*"4".*feature 1 repeats this GSP id as OTHER_1/);
  });

  it('rejects a GSP id that is not an integer, naming the property', () => {
    const path = writeRegions([feature({ gsp_id: 1.5 })]);
    expect(() => readGspRegions(path)).toThrow(`${path}, column "features[0].properties.gsp_id", value "1.5"`);
  });

  it('rejects an unknown GSP group', () => {
    const path = writeRegions([feature({ gsp_id: 1, pes_name: '_I' })]);
    expect(() => readGspRegions(path)).toThrow(/pes_name.*"_I".*not a GSP group/);
  });

  it('rejects a distributor id that does not match the group', () => {
    const path = writeRegions([feature({ gsp_id: 1, pes_id: 23 })]);
    expect(() => readGspRegions(path)).toThrow(/pes_id.*does not match GSP group _A, whose distributor id is 10/);
  });

  it('rejects a geometry that is not a polygon', () => {
    const path = writeRegions([{ ...feature({ gsp_id: 1 }), geometry: { type: 'Point', coordinates: [0, 50] } }]);
    expect(() => readGspRegions(path)).toThrow(/features\[0\]\.geometry.*found Point/);
  });

  it('rejects a file that is not JSON, naming it', () => {
    const path = join(folder, 'broken.geojson');
    writeFileSync(path, '{ "type": ');
    expect(() => readGspRegions(path)).toThrow(`${path}: invalid JSON`);
  });
});

describe('GspLocator', () => {
  it('places points in their region or none', () => {
    const locator = new GspLocator(readGspRegions(SAMPLE_GSP).regions);
    expect(locator.locate(-6.2, 57.3).region?.gspId).toBe('2');
    expect(locator.locate(0.5, 52.25).region).toBeNull();
    expect(locator.locate(-2, 53.5).region).toBeNull();
  });

  it('chooses the lowest GSP id where regions overlap', () => {
    const shape = toShape([[square(0, 50, 1)]]);
    const locator = new GspLocator([
      { gspId: '5', gspName: 'A', gspGroupId: '_A', shape },
      { gspId: '12', gspName: 'B', gspGroupId: '_A', shape },
    ]);
    expect(locator.locate(0.5, 50.5)).toMatchObject({ region: { gspId: '5' }, matchCount: 2 });
  });
});

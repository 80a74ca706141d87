import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportInputError, importRepd } from '../../data-loaders/importers/repd/index.ts';
import { editedSample, SAMPLE_CSV, SAMPLE_GSP, temporaryFolder } from './repd-helpers.ts';

describe('REPD import errors', () => {
  let folder: string;
  let remove: () => void;
  beforeEach(() => ({ folder, remove } = temporaryFolder()));
  afterEach(() => remove());

  const importCsv = (csvPath: string, warehousePath = join(folder, 'warehouse.duckdb')) =>
    importRepd({ csvPath, gspBoundariesPath: SAMPLE_GSP, warehousePath });

  /** Returns the error that importing the CSV throws. */
  async function importError(csvPath: string): Promise<ImportInputError> {
    const error = await importCsv(csvPath).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImportInputError);
    return error as ImportInputError;
  }

  it('names the file and a missing column', async () => {
    const path = editedSample(folder, 'no-technology.csv', (text) => text.replace('Technology Type', 'Tech'));
    const error = await importError(path);
    expect(error.message).toBe(`${path}, line 1, column "Technology Type": required column is missing from the header`);
  });

  it('locates a bad number by row and column', async () => {
    const path = editedSample(folder, 'bad-capacity.csv', (text) => text.replace(',49.9,', ',49.9MW,'));
    const error = await importError(path);
    expect(error.message).toBe(
      `${path}, row 1, line 2, column "Installed Capacity (MWelec)", value "49.9MW": not a number; expected MW such as 49.9`,
    );
  });

  it('counts lines inside quoted fields', async () => {
    const path = editedSample(folder, 'bad-date.csv', (text) => text.replace(',01/12/2012\n', ',31/11/2012\n'));
    const error = await importError(path);
    expect(error.location).toMatchObject({ row: 12, line: 15, column: 'Operational', value: '31/11/2012' });
  });

  it('rejects an implausible capacity', async () => {
    const path = editedSample(folder, 'huge-capacity.csv', (text) => text.replace('Pumped Storage Hydroelectricity,,360,', 'Pumped Storage Hydroelectricity,,360000,'));
    const error = await importError(path);
    expect(error.location).toMatchObject({ row: 13, column: 'Installed Capacity (MWelec)', value: '360000' });
    expect(error.message).toContain('implausible capacity above 100000 MW');
  });

  it('names a bad coordinate', async () => {
    const path = editedSample(folder, 'bad-easting.csv', (text) => text.replace(',267181,814281,01/03/2016', ',26718l,814281,01/03/2016'));
    const error = await importError(path);
    expect(error.location).toMatchObject({ row: 16, column: 'X-coordinate', value: '26718l' });
  });

  it('rejects an unknown technology on an operational row', async () => {
    const path = editedSample(folder, 'bad-technology.csv', (text) => text.replace('Hot Rocks,Geothermal ,', 'Hot Rocks,Cold Fusion,'));
    const error = await importError(path);
    expect(error.location).toMatchObject({ row: 10, column: 'Technology Type', value: 'Cold Fusion' });
    expect(error.message).toContain('add it to the mapping');
  });

  it('rejects an unreadable last-updated date on any row', async () => {
    const path = editedSample(folder, 'bad-updated.csv', (text) => text.replace('109,N009,12/04/2024', '109,N009,2024-04-12'));
    const error = await importError(path);
    expect(error.location).toMatchObject({ row: 9, column: 'Record Last Updated (dd/mm/yyyy)', value: '2024-04-12' });
  });

  it('rejects a duplicate Ref ID', async () => {
    const path = editedSample(folder, 'duplicate.csv', (text) => text.replace('\n102,N002,', '\n101,N002,'));
    const error = await importError(path);
    expect(error.message).toContain('row 2, line 3, column "Ref ID", value "101": duplicate REPD reference; row 1 has it too');
  });

  it('names the line of malformed CSV', async () => {
    const path = editedSample(folder, 'unclosed.csv', (text) => text.replace('Alpha Lane', '"Alpha Lane'));
    const error = await importError(path);
    expect(error.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, line \\d+: malformed CSV`));
  });

  it('names a CSV file that does not exist', async () => {
    const path = join(folder, 'missing.csv');
    const error = await importError(path);
    expect(error.message).toContain(`${path}: cannot read the file`);
  });

  it('ignores bad values on rows that are not loaded', async () => {
    const path = editedSample(folder, 'bad-dropped-rows.csv', (text) =>
      text.replace('Delta Solar,Solar Photovoltaics,,20,', 'Delta Solar,Solar Photovoltaics,,twenty,').replace('Lough Wind,Wind Onshore,,10,', 'Lough Wind,Wind Onshore,,ten,'),
    );
    const summary = await importCsv(path);
    expect(summary.rowsLoaded).toBe(15);
  });

  it('leaves an existing warehouse untouched after an error', async () => {
    const warehousePath = join(folder, 'warehouse.duckdb');
    await importCsv(SAMPLE_CSV, warehousePath);
    const before = createHash('sha256').update(readFileSync(warehousePath)).digest('hex');
    const filesBefore = readdirSync(folder).sort();

    const badCsv = editedSample(folder, 'bad-capacity.csv', (text) => text.replace(',49.9,', ',49.9MW,'));
    await expect(importCsv(badCsv, warehousePath)).rejects.toThrow(ImportInputError);

    expect(createHash('sha256').update(readFileSync(warehousePath)).digest('hex')).toBe(before);
    expect(readdirSync(folder).sort()).toEqual([...filesBefore, 'bad-capacity.csv'].sort());
  });

  it('creates no warehouse when the first import fails', async () => {
    const warehousePath = join(folder, 'new', 'warehouse.duckdb');
    mkdirSync(join(folder, 'new'));
    const badCsv = editedSample(folder, 'no-technology.csv', (text) => text.replace('Technology Type', 'Tech'));
    await expect(importCsv(badCsv, warehousePath)).rejects.toThrow(ImportInputError);
    expect(readdirSync(join(folder, 'new'))).toEqual([]);
  });

  it('names a warehouse folder that does not exist', async () => {
    const warehousePath = join(folder, 'absent', 'warehouse.duckdb');
    await expect(importCsv(SAMPLE_CSV, warehousePath)).rejects.toThrow(`Warehouse folder not found: ${join(folder, 'absent')}`);
    expect(existsSync(join(folder, 'absent'))).toBe(false);
  });
});

import { copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDbWarehouse } from '../../data-loaders/warehouse/duckdb.ts';
import { openExtractsFolder } from '../../data-loaders/warehouse/extracts.ts';
import { openWarehouse } from '../../data-loaders/warehouse/open.ts';
import { TABLES } from '../../data-loaders/warehouse/schema.ts';
import { asset, organisation, temporaryFolder, writeTestWarehouse } from '../helpers/warehouse.ts';

const ROWS = {
  asOf: '2024-06-30',
  organisations: [organisation('o1', 'g1'), organisation('o2', 'g2')],
  assets: [
    asset({ id: 'a1', fsp: 'o1', category: 'bess', mw: 10.125, registered: '2023-02-01' }),
    asset({ id: 'a2', fsp: 'o2', category: 'wind', mw: 3, group: null, registered: '2023-05-01' }),
  ],
};

let databasePath: string;

beforeAll(async () => {
  databasePath = await writeTestWarehouse(ROWS);
});

/** Copies every table of the test warehouse into a new folder of extracts. */
async function exportExtracts(format: 'csv' | 'parquet'): Promise<string> {
  const folder = temporaryFolder('fmar-extracts-');
  const warehouse = await DuckDbWarehouse.openFile(databasePath);
  for (const table of TABLES) {
    const options = format === 'csv' ? '(HEADER, DELIMITER \',\')' : '(FORMAT parquet)';
    await warehouse.run(`COPY ${table.name} TO '${join(folder, `${table.name}.${format}`)}' ${options}`);
  }
  await warehouse.close();
  return folder;
}

function replaceInFile(path: string, search: string, replacement: string): void {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(search);
  writeFileSync(path, text.replace(search, replacement));
}

describe('extracts folder', () => {
  it.each(['csv', 'parquet'] as const)('reads the same rows as the database from %s', async (format) => {
    const folder = await exportExtracts(format);
    const extracts = await openWarehouse(folder);
    const database = await DuckDbWarehouse.openFile(databasePath);
    const query = 'SELECT asset_id, CAST(registered_capacity_mw AS DOUBLE) AS mw, gsp_group_id, registered_on FROM assets ORDER BY asset_id';

    expect(await extracts.query(query)).toEqual(await database.query(query));
    expect(extracts.description).toContain(folder);
    await extracts.close();
    await database.close();
  });

  it('names the table of a missing file', async () => {
    const folder = await exportExtracts('csv');
    rmSync(join(folder, 'qualifications.csv'));

    await expect(openExtractsFolder(folder)).rejects.toThrow(/no file for table qualifications: expected qualifications\.csv/);
  });

  it('names the file and column of a missing column', async () => {
    const folder = await exportExtracts('csv');
    replaceInFile(join(folder, 'assets.csv'), 'registered_capacity_mw', 'capacity');

    await expect(openExtractsFolder(folder)).rejects.toThrow(/assets\.csv is missing column registered_capacity_mw of table assets/);
  });

  it('names the row and column of a value of the wrong type', async () => {
    const folder = await exportExtracts('csv');
    replaceInFile(join(folder, 'assets.csv'), ',3.000,', ',three,');

    await expect(openExtractsFolder(folder)).rejects.toThrow(/assets\.csv, row 2, column registered_capacity_mw: "three" is not a valid decimal/);
  });

  it('names the row and column of an impossible date', async () => {
    const folder = await exportExtracts('csv');
    replaceInFile(join(folder, 'assets.csv'), '2023-02-01', '2023-02-30');

    await expect(openExtractsFolder(folder)).rejects.toThrow(/assets\.csv, row 1, column registered_on: "2023-02-30" is not a valid date/);
  });

  it('names a CSV decimal with four places', async () => {
    const folder = await exportExtracts('csv');
    replaceInFile(join(folder, 'assets.csv'), ',3.000,', ',0.1281234,');

    await expect(openExtractsFolder(folder)).rejects.toThrow(/assets\.csv, row 2, column registered_capacity_mw: "0\.1281234" has more than 3 decimal places/);
  });

  it('accepts trailing decimal zeros', async () => {
    const folder = await exportExtracts('csv');
    replaceInFile(join(folder, 'assets.csv'), ',3.000,', ',3.0000000,');

    const warehouse = await openExtractsFolder(folder, { notice: () => {} });
    await warehouse.close();
  });

  it('names a Parquet decimal with four places', async () => {
    const folder = await exportExtracts('parquet');
    const file = join(folder, 'assets.parquet');
    const scratch = await DuckDbWarehouse.inMemory('scratch');
    await scratch.run(`COPY (SELECT * REPLACE (CASE WHEN asset_id = 'a1' THEN CAST(10.1254 AS DECIMAL(18,6)) ELSE CAST(registered_capacity_mw AS DECIMAL(18,6)) END AS registered_capacity_mw) FROM read_parquet('${file}')) TO '${file}.new' (FORMAT parquet)`);
    await scratch.close();
    renameSync(`${file}.new`, file);

    await expect(openExtractsFolder(folder)).rejects.toThrow(/assets\.parquet, row 1, column registered_capacity_mw: "10\.125400" has more than 3 decimal places/);
  });

  it('names both files of one table', async () => {
    const folder = await exportExtracts('csv');
    const parquetFolder = await exportExtracts('parquet');
    copyFileSync(join(parquetFolder, 'assets.parquet'), join(folder, 'assets.parquet'));

    await expect(openExtractsFolder(folder)).rejects.toThrow(/has two files for table assets: assets\.csv and assets\.parquet/);
  });

  it('gives a notice on an extra column', async () => {
    const folder = await exportExtracts('csv');
    const path = join(folder, 'assets.csv');
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, `${lines.map((line, index) => `${line},${index === 0 ? 'comment' : 'x'}`).join('\n')}\n`);

    const notices: string[] = [];
    const warehouse = await openExtractsFolder(folder, { notice: (line) => notices.push(line) });
    const columns = await warehouse.query('DESCRIBE assets');
    await warehouse.close();
    expect(notices).toEqual([expect.stringMatching(/^Notice: extract .*assets\.csv has column comment that table assets does not list; it is not read$/)]);
    expect(columns.map((column) => column.column_name)).not.toContain('comment');
  });

  it('rejects an empty value in a required column', async () => {
    const folder = await exportExtracts('csv');
    replaceInFile(join(folder, 'organisations.csv'), ',g2,', ',,');

    await expect(openExtractsFolder(folder)).rejects.toThrow(/organisations\.csv, row 2, column enterprise_group_id: missing value/);
  });
});

describe('openWarehouse', () => {
  it('names a DuckDB file that does not exist', async () => {
    await expect(openWarehouse('/nonexistent/fmar.duckdb')).rejects.toThrow('Warehouse file not found: /nonexistent/fmar.duckdb');
  });

  it('hides the password of a PostgreSQL URL in its error', async () => {
    const error = await openWarehouse('postgres://fmar:secret@127.0.0.1:1/fmar').catch((caught: Error) => caught);
    expect(String(error)).not.toContain('secret');
  });
});

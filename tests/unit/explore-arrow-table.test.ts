import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { buildExploreTable, encodeArrowStream } from '../../src/lib/explore/arrow-table.ts';
import { listTableColumns } from '../../src/lib/explore/table-columns.ts';
import { CONFIDENTIAL, REVISED } from '../../src/vetted/format.ts';
import { readLatestFixtureEdition } from './explore-fixture.ts';

const edition = readLatestFixtureEdition();

describe('explore Arrow tables', () => {
  for (const dataset of edition.datasets) {
    it(`${dataset.definition.id} decodes with every row and column`, () => {
      const table = tableFromIPC(encodeArrowStream(buildExploreTable(dataset)));
      const columns = listTableColumns(dataset.definition);

      expect(table.numRows).toBe(dataset.rows.length);
      expect(table.schema.fields.map((field) => field.name)).toEqual(columns.map((column) => column.name));
      expect(table.schema.fields.map((field) => String(field.type))).toEqual(
        columns.map((column) => ({ VARCHAR: 'Utf8', BOOLEAN: 'Bool', DOUBLE: 'Float64' })[column.type]),
      );
    });

    it(`${dataset.definition.id} keeps withheld cells as NULL and flagged`, () => {
      const rows = tableFromIPC(encodeArrowStream(buildExploreTable(dataset))).toArray().map((row) => row.toJSON());

      dataset.rows.forEach((published, index) => {
        const row = rows[index];
        expect(row.quarter).toBe(published.quarter);
        expect(row[dataset.definition.dimension.column]).toBe(published.memberId);
        expect(row.is_total).toBe(published.memberId === dataset.definition.dimension.total.id);
        for (const measure of dataset.definition.measures) {
          const value = published.values[measure.column];
          expect(row[`${measure.column}_withheld`], `${published.quarter} ${published.memberId} ${measure.column}`).toBe(value === CONFIDENTIAL);
          expect(row[measure.column], `${published.quarter} ${published.memberId} ${measure.column}`).toBe(value === CONFIDENTIAL ? null : value);
          expect(row[`${measure.column}_revised`], `${published.quarter} ${published.memberId} ${measure.column}`).toBe(published.statuses[measure.column] === REVISED);
        }
      });
    });
  }

  it('flags revised cells of the fixture', () => {
    const revised = edition.datasets.flatMap((dataset) =>
      tableFromIPC(encodeArrowStream(buildExploreTable(dataset)))
        .toArray()
        .flatMap((row) => dataset.definition.measures.filter((measure) => row.toJSON()[`${measure.column}_revised`] === true)),
    );

    expect(revised.length).toBeGreaterThan(0);
  });

  it('writes the same bytes twice', () => {
    const dataset = edition.datasets[0];

    expect(Buffer.from(encodeArrowStream(buildExploreTable(dataset))).equals(Buffer.from(encodeArrowStream(buildExploreTable(dataset))))).toBe(true);
  });

  it('rejects a column that would appear twice', () => {
    const definition = edition.datasets[0].definition;
    const clash = { ...definition, measures: [...definition.measures, { ...definition.measures[0], column: 'is_total' }] };

    expect(() => listTableColumns(clash)).toThrow('Explore table column "is_total" would appear twice');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DOC_PATH, schemaMarkdown } from '../../data-loaders/warehouse/schema-doc.ts';
import { TABLES } from '../../data-loaders/warehouse/schema.ts';

describe('warehouse schema', () => {
  it('is documented as generated', () => {
    expect(readFileSync(SCHEMA_DOC_PATH, 'utf8')).toBe(schemaMarkdown());
  });

  it('names only columns that exist in its keys and references', () => {
    const tableNames = new Set(TABLES.map((table) => table.name));
    for (const table of TABLES) {
      const columns = new Set(table.columns.map((column) => column.name));
      for (const key of table.primaryKey) expect(columns, `${table.name}.${key}`).toContain(key);
      for (const column of table.columns) {
        if (column.references) expect(tableNames, `${table.name}.${column.name}`).toContain(column.references);
      }
    }
  });
});

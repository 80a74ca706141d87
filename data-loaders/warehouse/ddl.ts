import { TABLES, type ColumnType, type TableDefinition } from './schema.ts';

/** Engine types for each column type; both engines sum DECIMAL exactly. */
const SQL_TYPES: Record<ColumnType, string> = {
  text: 'VARCHAR',
  date: 'DATE',
  decimal: 'DECIMAL(12,3)',
  integer: 'INTEGER',
};

/** Returns CREATE TABLE statements for every warehouse table. */
export function createTableStatements(tables: readonly TableDefinition[] = TABLES): string[] {
  return tables.map((table) => {
    const columns = table.columns.map(
      (column) => `  ${column.name} ${SQL_TYPES[column.type]}${column.nullable ? '' : ' NOT NULL'}`,
    );
    columns.push(`  PRIMARY KEY (${table.primaryKey.join(', ')})`);
    return `CREATE TABLE ${table.name} (\n${columns.join(',\n')}\n)`;
  });
}

/** Returns the engine type of a column type. */
export function sqlType(type: ColumnType): string {
  return SQL_TYPES[type];
}

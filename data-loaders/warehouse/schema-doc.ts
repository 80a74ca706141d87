/**
 * Writes the warehouse schema as Markdown for the people who export FMAR data
 * into a warehouse. docs/warehouse-schema.md is this text; a test keeps the
 * two equal. Run `npx tsx data-loaders/warehouse/schema-doc.ts` to rewrite it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ASSET_CATEGORIES, GSP_GROUPS, PRODUCTS } from '../reference/index.ts';
import { SCHEMA_VERSION, TABLES, type TableDefinition } from './schema.ts';

export const SCHEMA_DOC_PATH = new URL('../../docs/warehouse-schema.md', import.meta.url);

/** Returns the Markdown text of the schema. */
export function schemaMarkdown(): string {
  const sections = [
    `# Warehouse schema (version ${SCHEMA_VERSION})`,
    '',
    'Every warehouse source holds these tables with these columns: a DuckDB file, a folder of extracts (one `TABLE.csv` or `TABLE.parquet` per table, with a header row naming the columns) and a PostgreSQL database. Dates are ISO dates (`2024-03-31`); decimals use a full stop and at most three decimal places; an empty CSV field is a null. Columns marked "never published" hold identifiers that the build reads only to count contributors: no page, chart or download contains them.',
    '',
    'This file is generated from `data-loaders/warehouse/schema.ts`.',
    '',
    ...TABLES.flatMap(tableSection),
    ...codeLists(),
  ];
  return `${sections.join('\n')}\n`;
}

function tableSection(table: TableDefinition): string[] {
  const rows = table.columns.map((column) => {
    const notes = [column.description];
    if (column.references) notes.push(`References \`${column.references}\`.`);
    if (column.values) notes.push(`One of: ${column.values.map((value) => `\`${value}\``).join(', ')}.`);
    return `| \`${column.name}\` | ${column.type} | ${column.nullable ? 'yes' : 'no'} | ${notes.join(' ')} |`;
  });
  return [
    `## \`${table.name}\` (${table.module})`,
    '',
    table.description,
    '',
    `Primary key: ${table.primaryKey.map((column) => `\`${column}\``).join(', ')}.`,
    '',
    '| column | type | may be empty | meaning |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}

function codeLists(): string[] {
  return [
    '## Code lists',
    '',
    '### Asset categories (`assets.category_id`)',
    '',
    '| id | name |',
    '| --- | --- |',
    ...ASSET_CATEGORIES.map((category) => `| \`${category.id}\` | ${category.name} |`),
    '',
    '### GSP groups (`assets.gsp_group_id`, `gsps.gsp_group_id`)',
    '',
    '| id | name |',
    '| --- | --- |',
    ...GSP_GROUPS.map((group) => `| \`${group.id}\` | ${group.name} |`),
    '',
    '### Products (`products.product_id`, `qualifications.product_id`)',
    '',
    'After Elexon\'s FMAR markets scope table, version 1.0 (CC BY 4.0).',
    '',
    '| id | name | procurer | served by FMAR at go-live |',
    '| --- | --- | --- | --- |',
    ...PRODUCTS.map((product) => `| \`${product.id}\` | ${product.name} | ${product.procurer} | ${product.inFmarScope ? 'yes' : 'no'} |`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_DOC_PATH, schemaMarkdown());
}

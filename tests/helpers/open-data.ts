/**
 * Checks of an edition folder's open data files for tests. The Data Package
 * descriptor is validated against the vendored Frictionless v1 profiles.
 * Every CSV file is checked against the descriptor and the CSV on the Web
 * metadata: columns, types, missing values, row counts, sizes and hashes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import { parse } from 'csv-parse/sync';

const SCHEMA_DIR = fileURLToPath(new URL('../schemas/frictionless-v1/', import.meta.url));

function readSchema(name: string): object {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8'));
}

// The profiles use their own keywords (propertyOrder, context) and formats,
// so strict mode and format checks are off: the structure is still checked.
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
const validatePackage = ajv.compile(readSchema('data-package.json'));
const validateDataResource = ajv.compile(readSchema('data-resource.json'));
const validateTabularResource = ajv.compile(readSchema('tabular-data-resource.json'));

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number';
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

interface Resource {
  name: string;
  path: string;
  profile: string;
  bytes: number;
  hash: string;
  schema?: { fields: Field[]; missingValues: string[]; primaryKey: string[] };
}

/** Validates an edition folder's datapackage.json and its files. Returns one line per problem. */
export function checkDataPackage(editionDir: string): string[] {
  const descriptor = JSON.parse(readFileSync(join(editionDir, 'datapackage.json'), 'utf8'));
  const problems: string[] = [];
  if (!validatePackage(descriptor)) problems.push(`data-package profile: ${ajv.errorsText(validatePackage.errors)}`);

  const manifest = JSON.parse(readFileSync(join(editionDir, 'manifest.json'), 'utf8'));
  for (const resource of descriptor.resources as Resource[]) {
    const validate = resource.profile === 'tabular-data-resource' ? validateTabularResource : validateDataResource;
    const valid: boolean = validate(resource);
    if (!valid) problems.push(`${resource.name}: ${resource.profile} profile: ${ajv.errorsText(validate.errors)}`);

    const bytes = readFileSync(join(editionDir, resource.path));
    if (bytes.length !== resource.bytes) problems.push(`${resource.name}: bytes is ${resource.bytes} but ${resource.path} has ${bytes.length}`);
    const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (hash !== resource.hash) problems.push(`${resource.name}: hash is ${resource.hash} but ${resource.path} has ${hash}`);

    if (resource.schema) {
      const entry = manifest.datasets.find((dataset: { csv: string }) => dataset.csv === resource.path);
      problems.push(...checkCsvAgainstSchema(bytes.toString('utf8'), resource, entry?.rows));
    }
  }
  return problems;
}

function checkCsvAgainstSchema(text: string, resource: Resource, expectedRows: number | undefined): string[] {
  const problems: string[] = [];
  const schema = resource.schema!;
  const [header, ...rows] = parse(text, { bom: false, record_delimiter: '\r\n' }) as string[][];

  const names = schema.fields.map((field) => field.name);
  if (header.join(',') !== names.join(',')) problems.push(`${resource.path}: header ${header.join(',')} differs from the fields ${names.join(',')}`);
  if (rows.length !== expectedRows) problems.push(`${resource.path}: ${rows.length} rows, but the manifest lists ${expectedRows}`);

  const keys = new Set<string>();
  for (const [index, row] of rows.entries()) {
    for (const [position, field] of schema.fields.entries()) {
      const problem = checkValue(row[position], field, schema.missingValues);
      if (problem) problems.push(`${resource.path}, line ${index + 2}, ${field.name}: ${problem}`);
    }
    const key = schema.primaryKey.map((name) => row[names.indexOf(name)]).join('|');
    if (keys.has(key)) problems.push(`${resource.path}, line ${index + 2}: duplicate primary key ${key}`);
    keys.add(key);
  }
  return problems;
}

function checkValue(value: string | undefined, field: Field, missingValues: string[]): string | undefined {
  if (value === undefined) return 'missing cell';
  if (missingValues.includes(value)) return field.constraints?.required ? `required, but "${value}" is a missing value` : undefined;

  if (field.type === 'integer' && !/^-?\d+$/.test(value)) return `"${value}" is not an integer`;
  if (field.type === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) return `"${value}" is not a number`;
  if (field.constraints?.minimum !== undefined && Number(value) < field.constraints.minimum) return `${value} is below the minimum`;
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return `"${value}" is not one of ${field.constraints.enum.join(', ')}`;
  if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(value)) return `"${value}" does not match ${field.constraints.pattern}`;
  return undefined;
}

interface CsvwColumn {
  name: string;
  titles: string;
  datatype: string | { base: string; format?: string; minimum?: number };
  null?: string[];
  required?: boolean;
}

/** Checks an edition folder's csv-metadata.json against its CSV files. Returns one line per problem. */
export function checkCsvwMetadata(editionDir: string): string[] {
  const metadata = JSON.parse(readFileSync(join(editionDir, 'csv-metadata.json'), 'utf8'));
  const problems: string[] = [];
  if (!JSON.stringify(metadata['@context']).includes('http://www.w3.org/ns/csvw')) problems.push('@context does not name http://www.w3.org/ns/csvw');

  for (const table of metadata.tables as { url: string; tableSchema: { columns: CsvwColumn[] } }[]) {
    const [header, ...rows] = parse(readFileSync(join(editionDir, table.url), 'utf8'), { record_delimiter: '\r\n' }) as string[][];
    const titles = table.tableSchema.columns.map((column) => column.titles);
    if (header.join(',') !== titles.join(',')) problems.push(`${table.url}: header differs from the column titles ${titles.join(',')}`);

    for (const [index, row] of rows.entries()) {
      for (const [position, column] of table.tableSchema.columns.entries()) {
        const value = row[position];
        const nulls = column.null ?? [''];
        if (nulls.includes(value)) {
          if (column.required) problems.push(`${table.url}, line ${index + 2}, ${column.name}: required but null`);
          continue;
        }
        const datatype = typeof column.datatype === 'string' ? { base: column.datatype } : column.datatype;
        const valid =
          datatype.base === 'integer' ? /^-?\d+$/.test(value)
          : datatype.base === 'decimal' ? /^-?\d+(\.\d+)?$/.test(value)
          : datatype.format ? new RegExp(datatype.format).test(value)
          : true;
        if (!valid) problems.push(`${table.url}, line ${index + 2}, ${column.name}: "${value}" is not a valid ${datatype.base}`);
      }
    }
  }
  return problems;
}

/** The REPD importer: `fmar-reports import repd CSV --gsp-boundaries GEOJSON --warehouse FILE`. */
export { importRepd, type ImportRepdOptions } from './import.ts';
export { ImportInputError, type InputLocation } from './errors.ts';
export { formatImportSummary, type ImportSummary } from './summary.ts';

/**
 * Location of a problem in an input file. `row` counts data rows from 1 (the
 * header is not a row) and `line` is the file line on which that row starts,
 * which differ once a quoted field spans several lines.
 */
export interface InputLocation {
  file: string;
  row?: number;
  line?: number;
  column?: string;
  value?: string;
}

/**
 * Error for an input file that cannot be imported. The message names the file
 * and, where known, the row, line, column and value, so that the reader can
 * open the file at that place and fix it.
 */
export class ImportInputError extends Error {
  readonly location: InputLocation;

  constructor(location: InputLocation, problem: string) {
    super(`${describeLocation(location)}: ${problem}`);
    this.name = 'ImportInputError';
    this.location = location;
  }
}

function describeLocation(location: InputLocation): string {
  const parts = [location.file];
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.column !== undefined) parts.push(`column "${location.column}"`);
  if (location.value !== undefined) parts.push(`value ${JSON.stringify(location.value)}`);
  return parts.join(', ');
}

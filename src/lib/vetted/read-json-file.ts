import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { VettedDataError } from './vetted-data-error.ts';

/**
 * Reads a JSON file and validates it with a zod schema. Throws a
 * VettedDataError naming the file, and the path of every invalid field.
 */
export function readJsonFile<Schema extends z.ZodType>(file: string, schema: Schema): z.infer<Schema> {
  const text = readTextFile(file);

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new VettedDataError(file, `invalid JSON (${(error as Error).message})`);
  }

  const result = schema.safeParse(document);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new VettedDataError(file, `does not match the vetted format:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

/** Reads a UTF-8 text file. Throws a VettedDataError naming the file when it cannot be read. */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new VettedDataError(file, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (error as Error).message})`);
  }
}

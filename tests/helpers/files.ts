import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Lists every file below a folder, as paths relative to it, sorted. */
export function listFiles(folder: string): string[] {
  const files: string[] = [];
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory).sort()) {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) visit(path);
      else files.push(relative(folder, path));
    }
  };
  visit(folder);
  return files;
}

/** Reads every file below a folder into a map from relative path to bytes. */
export function readTree(folder: string): Map<string, Buffer> {
  return new Map(listFiles(folder).map((file) => [file, readFileSync(join(folder, file))]));
}

/// <reference types="astro/client" />
/**
 * Paths of the site's pages and downloads, relative to the site root. Every
 * path is prefixed with Astro's base (import.meta.env.BASE_URL, "/" unless
 * the site is configured to live under a sub-path).
 */

/** Folder name of the downloads that always hold the latest edition's files. */
export const LATEST_DATA_FOLDER = 'latest';

/** Prefixes a root-relative path with the site's base. */
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

export function homePath(): string {
  return withBase('/');
}

export function editionsPath(): string {
  return withBase('/editions/');
}

export function editionPath(editionId: string): string {
  return withBase(`/editions/${editionId}/`);
}

export function policyPath(): string {
  return withBase('/policy/');
}

export function definitionsPath(): string {
  return withBase('/definitions/');
}

export function openDataPath(): string {
  return withBase('/open-data/');
}

export function dataDictionaryPath(): string {
  return withBase('/data-dictionary/');
}

export function feedPath(): string {
  return withBase('/feed.xml');
}

/** Returns the path of any file of an edition's data: /data/2025-q4/datapackage.json, or /data/latest/…. */
export function dataFilePath(folder: string, fileName: string): string {
  return withBase(`/data/${folder}/${fileName}`);
}

/** Returns the absolute address of a root-relative path on the site at `siteUrl`. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}

/** Returns the download path of a dataset's CSV file: /data/2025-q4/capacity-by-technology.csv, or /data/latest/…. */
export function csvPath(folder: string, csvName: string): string {
  return withBase(`/data/${folder}/${csvName}`);
}

import { join, relative, resolve, isAbsolute } from 'node:path';
import { loadPolicy } from '../../../policy/schema.ts';
import { readVettedFolder } from '../vetted/read-vetted-folder.ts';

/** Environment variable with the path of the vetted folder (one subfolder per edition). */
export const VETTED_DIR_VARIABLE = 'FMAR_VETTED_DIR';

/** Environment variable with the path of the output folder. */
export const OUT_DIR_VARIABLE = 'FMAR_OUT_DIR';

export const DEFAULT_OUT_DIR = 'dist';

/** Environment variable with the site's public address, for the feed, the sitemap and the data packages' links. */
export const SITE_URL_VARIABLE = 'FMAR_SITE_URL';

/**
 * Public address used when FMAR_SITE_URL is unset: the address `astro
 * preview` serves on, so a local build links to itself. Set FMAR_SITE_URL
 * before building a site to publish.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321/';

/** Input and output paths of a site build, all absolute. */
export interface SiteInput {
  vettedDir: string;
  outDir: string;
  policyFile: string;
  /** Edition ids found in the vetted folder, oldest first. */
  editions: string[];
  /** Public address of the site, with a trailing slash. */
  siteUrl: string;
}

/**
 * Resolves the build's input and output from the environment, relative
 * paths against `root`, and validates every edition of the vetted folder and
 * the policy file. Throws an error that names the variable, folder or file
 * when FMAR_VETTED_DIR is unset or contains no valid edition. It also throws
 * when the output folder would overlap the vetted folder or the project,
 * because the build empties its output folder.
 */
export function resolveSiteInput(env: NodeJS.ProcessEnv, root: string): SiteInput {
  const vettedValue = env[VETTED_DIR_VARIABLE];
  if (!vettedValue) {
    throw new Error(
      `${VETTED_DIR_VARIABLE} is not set. Set it to the absolute path of the vetted folder, which contains one folder per edition (such as 2025-q4/ with manifest.json).`,
    );
  }
  const vettedDir = resolve(root, vettedValue);
  const outDir = resolve(root, env[OUT_DIR_VARIABLE] || DEFAULT_OUT_DIR);
  checkOutDir(outDir, vettedDir, root);

  let editions: string[];
  try {
    editions = readVettedFolder(vettedDir).map((edition) => edition.id);
  } catch (error) {
    throw new Error(`Cannot build the site from ${VETTED_DIR_VARIABLE}=${vettedDir}: ${(error as Error).message}`, { cause: error });
  }

  const policyFile = join(root, 'policy', 'policy.yaml');
  loadPolicy(policyFile);
  return { vettedDir, outDir, policyFile, editions, siteUrl: resolveSiteUrl(env[SITE_URL_VARIABLE]) };
}

/** Returns the site's public address with a trailing slash. Throws naming the variable when it is not an http or https URL. */
export function resolveSiteUrl(value: string | undefined): string {
  if (!value) return DEFAULT_SITE_URL;

  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${SITE_URL_VARIABLE}=${value} is not a URL; set it to the site's public address, such as https://statistics.example.org/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${SITE_URL_VARIABLE}=${value} must start with https:// or http://`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function checkOutDir(outDir: string, vettedDir: string, root: string): void {
  const problem =
    isSameOrInside(outDir, vettedDir) || isSameOrInside(vettedDir, outDir)
      ? `overlaps the vetted folder ${vettedDir}`
      : isSameOrInside(root, outDir)
        ? `is the project folder ${root} or contains it`
        : undefined;
  if (problem) {
    throw new Error(`${OUT_DIR_VARIABLE}=${outDir} ${problem}; the build empties its output folder, so choose a separate one.`);
  }
}

/** Returns whether `path` is `folder` or lies inside it. */
function isSameOrInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder === '' || (!fromFolder.startsWith('..') && !isAbsolute(fromFolder));
}

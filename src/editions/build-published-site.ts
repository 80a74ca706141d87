import { resolve } from 'node:path';
import { buildSite, type BuildSiteResult } from '../lib/build-site.ts';
import { assembleVettedFolder } from './assemble-vetted.ts';
import { listFrozenEditions } from './frozen-editions.ts';

export interface PublishedSiteOptions {
  reportsDir: string;
  /** The vetted folder is assembled in <workDir>/vetted. */
  workDir: string;
  outDir: string;
  log?: (line: string) => void;
}

/**
 * Builds the site from the published editions alone, from their frozen
 * files, without a warehouse: the site to deploy once the latest edition is
 * published. Throws when the editions folder has no published edition or a
 * frozen copy does not match its checksums; the previous site then stays.
 */
export async function buildPublishedSite(options: PublishedSiteOptions): Promise<BuildSiteResult> {
  const log = options.log ?? (() => {});
  const frozen = listFrozenEditions(options.reportsDir);
  if (frozen.length === 0) {
    throw new Error(`${options.reportsDir} has no published edition; publish one with \`fmar-reports publish --edition YYYY-qN\``);
  }

  const vettedDir = resolve(options.workDir, 'vetted');
  await assembleVettedFolder(vettedDir, { frozen, reportsDir: options.reportsDir });
  log(`site: ${frozen.length} published editions (${frozen.map((edition) => edition.id).join(', ')}) assembled in ${vettedDir}`);

  const site = await buildSite({ vettedDir, outDir: resolve(options.outDir) });
  log(`site: written to ${site.outDir} in ${(site.durationMs / 1000).toFixed(1)} s`);
  return site;
}

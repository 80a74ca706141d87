import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../src/lib/build-site.ts';
import { FIXTURE_VETTED_DIR } from './support/fixture-site.ts';
import { SITE_DIR_VARIABLE, SITE_ORIGIN_VARIABLE } from './support/site-env.ts';
import { startStaticServer } from './support/static-server.ts';

/**
 * Builds the site from the fixture vetted folder into a temporary folder and
 * serves it on 127.0.0.1. Returns the teardown, which stops the server and
 * removes the folder.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const workDir = mkdtempSync(join(tmpdir(), 'fmar-e2e-'));
  const siteDir = join(workDir, 'site');

  console.log(`Building the fixture site from ${FIXTURE_VETTED_DIR}`);
  const build = await buildSite({ vettedDir: FIXTURE_VETTED_DIR, outDir: siteDir });
  console.log(`Built the fixture site in ${(build.durationMs / 1000).toFixed(1)} s into ${siteDir}`);

  const server = await startStaticServer(siteDir);
  console.log(`Serving the fixture site at ${server.origin}`);
  process.env[SITE_ORIGIN_VARIABLE] = server.origin;
  process.env[SITE_DIR_VARIABLE] = siteDir;

  return async () => {
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  };
}

import { existsSync, renameSync, rmSync } from 'node:fs';
import { buildSite } from '../lib/build-site.ts';

/**
 * Builds the site from the vetted datasets into a temporary folder beside
 * `outDir` and swaps it into place only when the build has succeeded, so a
 * failed build leaves the previous site untouched.
 */
export async function publishSite(options: { vettedDir: string; outDir: string }): Promise<void> {
  const staging = `${options.outDir}.partial`;
  const previous = `${options.outDir}.previous`;
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });

  try {
    await buildSite({ vettedDir: options.vettedDir, outDir: staging });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }

  if (existsSync(options.outDir)) renameSync(options.outDir, previous);
  renameSync(staging, options.outDir);
  rmSync(previous, { recursive: true, force: true });
}

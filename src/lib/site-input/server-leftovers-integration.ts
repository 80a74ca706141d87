import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Stub modules that Astro 5.18 leaves at the top of the output folder when
 * that folder is outside the working directory. Astro then builds the server
 * code in <root>/.astro/, where its content layer also writes these two
 * files, and copies that whole folder into the output.
 */
const KNOWN_LEFTOVERS = ['content-assets.mjs', 'content-modules.mjs'];

/**
 * Creates an integration that removes Astro's known server leftovers from
 * the static output after the build, then fails the build if any other
 * server module (.mjs) is left, because the site publishes only pages,
 * assets and CSV files.
 */
export function serverLeftoversIntegration(): AstroIntegration {
  return {
    name: 'fmar-server-leftovers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const name of KNOWN_LEFTOVERS) {
          rmSync(join(outDir, name), { force: true });
        }

        const modules = listFiles(outDir).filter((file) => file.endsWith('.mjs'));
        if (modules.length > 0) {
          throw new Error(`The static output ${outDir} contains server modules, which must not be published: ${modules.join(', ')}`);
        }
        logger.info(`Checked ${outDir}: no server modules in the output`);
      },
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

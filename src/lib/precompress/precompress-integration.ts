import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressFolder } from './precompress.ts';

/**
 * Creates an integration that writes gzip and Brotli copies of the larger
 * files once Astro has built the site. It runs inside the build, in the
 * staging folder, so the copies are swapped in with the rest of the site or
 * not at all.
 */
export function precompressIntegration(): AstroIntegration {
  return {
    name: 'fmar-precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const summary = precompressFolder(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Pre-compressed ${summary.files} files of ${summary.bytes} bytes to ${summary.gzipBytes} bytes of gzip and ${summary.brotliBytes} bytes of Brotli in ${seconds} s`,
        );
      },
    },
  };
}

import type { Plugin } from 'vite';
import type { SiteInput } from './resolve-site-input.ts';

/** Id under which pages import the build's input paths. */
export const SITE_INPUT_MODULE = 'virtual:fmar/site-input';

const RESOLVED_ID = `\0${SITE_INPUT_MODULE}`;

/**
 * Creates a Vite plugin that serves the virtual module `virtual:fmar/site-input`,
 * which exports `vettedDir`, `policyFile` and `siteUrl`. Pages read their input from
 * there, so they use exactly the paths that astro.config.mjs validated.
 */
export function siteInputPlugin(input: SiteInput): Plugin {
  return {
    name: 'fmar-site-input',
    resolveId(id) {
      return id === SITE_INPUT_MODULE ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return [
        `export const vettedDir = ${JSON.stringify(input.vettedDir)};`,
        `export const policyFile = ${JSON.stringify(input.policyFile)};`,
        `export const siteUrl = ${JSON.stringify(input.siteUrl)};`,
      ].join('\n');
    },
  };
}

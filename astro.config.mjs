// Astro configuration of the report site. The build reads only the vetted
// folder named by FMAR_VETTED_DIR and policy/policy.yaml, writes static files
// to FMAR_OUT_DIR (default dist), and fails before building anything when
// the vetted folder is missing, empty or contains an invalid edition.
// FMAR_SITE_URL is the public address that the feed and sitemap link to.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { resolveSiteInput } from './src/lib/site-input/resolve-site-input.ts';
import { precompressIntegration } from './src/lib/precompress/precompress-integration.ts';
import { serverLeftoversIntegration } from './src/lib/site-input/server-leftovers-integration.ts';
import { siteInputPlugin } from './src/lib/site-input/site-input-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const input = resolveSiteInput(process.env, root);

export default defineConfig({
  root,
  site: input.siteUrl,
  output: 'static',
  outDir: input.outDir,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // `astro dev` and `astro preview` listen on this machine only.
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Pre-compression runs last, on the finished output.
  integrations: [serverLeftoversIntegration(), precompressIntegration()],
  vite: {
    plugins: [siteInputPlugin(input)],
    // A native addon, which Vite must not bundle. The site does not use it,
    // but the package that contains the site depends on it.
    ssr: { external: ['@duckdb/node-api'] },
  },
});

// Astro configuration of the report site. The build reads only the vetted
// folder named by FMAR_VETTED_DIR and policy/policy.yaml, writes static files
// to FMAR_OUT_DIR (default dist), and fails before building anything when
// the vetted folder is missing, empty or contains an invalid edition.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { resolveSiteInput } from './src/lib/site-input/resolve-site-input.ts';
import { serverLeftoversIntegration } from './src/lib/site-input/server-leftovers-integration.ts';
import { siteInputPlugin } from './src/lib/site-input/site-input-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const input = resolveSiteInput(process.env, root);

export default defineConfig({
  root,
  output: 'static',
  outDir: input.outDir,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // `astro dev` and `astro preview` listen on this machine only.
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  integrations: [serverLeftoversIntegration()],
  vite: {
    plugins: [siteInputPlugin(input)],
    // A native addon, which Vite must not bundle. The site does not use it,
    // but the package that contains the site depends on it.
    ssr: { external: ['@duckdb/node-api'] },
  },
});

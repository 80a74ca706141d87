#!/usr/bin/env node
// Entry point of the fmar-reports command: registers tsx so that Node 20 can
// run the TypeScript sources directly, then hands over to the CLI.
import { register } from 'tsx/esm/api';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

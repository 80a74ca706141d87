#!/usr/bin/env node
// Finds the Chromium that the browser tests and screenshots launch. Browsers
// cannot be downloaded by npm tools on the build machines, so the tests use
// the Debian package. Run directly, it prints the path or the install command;
// with --install, running as root, it installs the package when it is missing.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Command that installs Debian's Chromium. */
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/**
 * Flags that turn off Chromium's own background traffic: component updates,
 * sync, QUIC and background networking. Playwright adds --headless and a
 * fresh profile folder itself, and rejects --user-data-dir here.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Returns the path of the Chromium executable. The search order is:
 * CHROMIUM_PATH when set, then /usr/bin/chromium, then /usr/bin/chromium-browser.
 * Throws with the install command when none is executable, or when
 * CHROMIUM_PATH is set to a file that is not.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file. Unset it or install Chromium with: ${INSTALL_COMMAND}`);
  }

  const found = SYSTEM_PATHS.find(isExecutable);
  if (found) return found;
  throw new Error(`Chromium was not found at ${SYSTEM_PATHS.join(' or ')}. Install it with: ${INSTALL_COMMAND} (or set CHROMIUM_PATH)`);
}

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs Debian's Chromium with apt-get. Only root may, so anyone else gets
 * an error that gives the command to run.
 */
export function installChromium() {
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing and only root can install it. Run: sudo sh -c '${INSTALL_COMMAND}'`);
  }
  console.error('Chromium is missing: installing Debian\'s chromium package with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    let path;
    try {
      path = findChromium();
    } catch (error) {
      if (!process.argv.includes('--install')) throw error;
      installChromium();
      path = findChromium();
    }
    console.log(path);
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
    process.exitCode = 1;
  }
}

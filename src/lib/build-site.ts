import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT_DIR_VARIABLE, VETTED_DIR_VARIABLE } from './site-input/resolve-site-input.ts';

/** Root of the project: the folder with astro.config.mjs. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Environment that stops Astro from sending telemetry or checking for updates. */
export const ASTRO_OFFLINE_ENV = { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' } as const;

export interface BuildSiteOptions {
  /** Folder with one subfolder per edition (2025-q4/ …). */
  vettedDir: string;
  /** Folder that receives the site; replaced only when the build succeeds. */
  outDir: string;
  /** Folder with astro.config.mjs; defaults to this project. */
  projectRoot?: string;
  /** Receives Astro's output as it arrives, for progress logs. */
  onOutput?: (chunk: string) => void;
}

export interface BuildSiteResult {
  outDir: string;
  durationMs: number;
  /** Astro's standard output and standard error, interleaved. */
  output: string;
  /** Peak resident memory of the Astro process in bytes, read from /proc; undefined where /proc is missing. */
  peakRssBytes?: number;
}

/** Error of a failed build, with everything Astro printed. */
export class SiteBuildError extends Error {
  readonly output: string;

  constructor(message: string, output: string) {
    super(`${message}\n${output}`);
    this.name = 'SiteBuildError';
    this.output = output;
  }
}

/**
 * Builds the static site from a vetted folder by running `astro build` in a
 * child process with FMAR_VETTED_DIR and FMAR_OUT_DIR set and telemetry off.
 * Astro writes into a staging folder under node_modules/.cache inside the
 * project. The staging folder replaces `outDir` only when the build succeeds,
 * so a failed build leaves the previous site intact. Rejects with a
 * SiteBuildError carrying Astro's output when the build fails.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  const outDir = resolve(options.outDir);
  checkReplaceable(outDir);
  // Astro 5.18 builds its server code in the output folder when that folder
  // is inside the working directory, and in a shared <root>/.astro/ when it
  // is not. A staging folder inside the project keeps parallel builds apart.
  const stagingParent = join(projectRoot, 'node_modules', '.cache', 'fmar-site');
  mkdirSync(stagingParent, { recursive: true });
  const stagingDir = mkdtempSync(join(stagingParent, 'build-'));

  const started = performance.now();
  try {
    const { exitCode, output, peakRssBytes } = await runAstroBuild(projectRoot, resolve(options.vettedDir), stagingDir, options.onOutput);
    if (exitCode !== 0) throw new SiteBuildError(`Astro build failed with exit code ${exitCode}.`, output);

    replaceFolder(stagingDir, outDir);
    return { outDir, durationMs: performance.now() - started, output, peakRssBytes };
  } finally {
    rmSync(stagingDir, { recursive: true, force: true });
  }
}

function runAstroBuild(
  projectRoot: string,
  vettedDir: string,
  outDir: string,
  onOutput: ((chunk: string) => void) | undefined,
): Promise<{ exitCode: number | null; output: string; peakRssBytes?: number }> {
  const astro = join(projectRoot, 'node_modules', 'astro', 'astro.js');
  const env = { ...process.env, ...ASTRO_OFFLINE_ENV, [VETTED_DIR_VARIABLE]: vettedDir, [OUT_DIR_VARIABLE]: outDir };

  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const peak = watchPeakRss(child.pid);
    child.on('error', (error) => {
      peak.stop();
      reject(new SiteBuildError(`Cannot start Astro (${astro}): ${error.message}`, output));
    });
    child.on('close', (exitCode) => resolvePromise({ exitCode, output, peakRssBytes: peak.stop() }));
  });
}

/**
 * Follows a process's peak resident memory (VmHWM in /proc/PID/status) until
 * stopped; `stop` returns the last peak read, or undefined without /proc.
 */
function watchPeakRss(pid: number | undefined): { stop: () => number | undefined } {
  let peak: number | undefined;
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Number(match[1]) * 1024;
    } catch {
      // The process has ended or /proc is missing: keep the last reading.
    }
  };
  const timer = setInterval(read, 50);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/**
 * Throws unless `outDir` is missing, empty or a site this command built
 * (it has index.html), so that a mistyped --out never deletes other files.
 * The pipeline calls it before its first stage too, so that it stops before
 * any work.
 */
export function checkReplaceable(outDir: string): void {
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) {
    throw new Error(`Output ${outDir} is a file, not a folder; choose another --out`);
  }
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes('index.html')) {
    throw new Error(`Output folder ${outDir} contains files that are not a built site; empty it or choose another --out`);
  }
}

/** Moves `source` to `target`, replacing it. Restores the old `target` if the move fails. */
function replaceFolder(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  // mkdtemp creates the staging folder readable by its owner only; a web
  // server running as another user must be able to read the site.
  chmodSync(source, 0o755);

  try {
    moveFolder(source, target);
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    if (existsSync(previous)) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

function moveFolder(source: string, target: string): void {
  try {
    renameSync(source, target);
  } catch (error) {
    // A rename cannot cross file systems (EXDEV), for example from the
    // project to /tmp, so copy instead.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(source, target, { recursive: true });
  }
}

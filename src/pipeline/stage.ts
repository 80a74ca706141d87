/** Progress lines for the long steps of a build: what started, what it produced, how long it took. */

export type Log = (line: string) => void;

/** Time and memory of one stage, for benchmarks. */
export interface StageRecord {
  name: string;
  durationMs: number;
  /** Peak resident memory of this process during the stage, in MiB, sampled every 20 ms. */
  peakRssMiB: number;
  /** Peak resident memory of a child process the stage ran (the Astro build), in MiB. */
  childPeakRssMiB?: number;
}

export interface StageOptions<T> {
  record?: (record: StageRecord) => void;
  /** Returns the peak memory of a child process the stage ran, in bytes. */
  childPeakRss?: (result: T) => number | undefined;
}

const SAMPLE_INTERVAL_MS = 20;

/**
 * Runs one stage of the build and logs its start, and its end with a summary
 * of what it produced and the time it took. Errors pass through unchanged,
 * after a line that names the stage that failed.
 */
export async function runStage<T>(
  log: Log,
  name: string,
  work: () => Promise<T>,
  summarise: (result: T) => string,
  options: StageOptions<T> = {},
): Promise<T> {
  log(`${name}: started`);
  const started = performance.now();
  const memory = sampleMemory();
  try {
    const result = await work();
    const durationMs = performance.now() - started;
    log(`${name}: ${summarise(result)} in ${formatDuration(durationMs)}`);

    const childPeak = options.childPeakRss?.(result);
    options.record?.({
      name,
      durationMs,
      peakRssMiB: toMiB(memory.peak()),
      ...(childPeak === undefined ? {} : { childPeakRssMiB: toMiB(childPeak) }),
    });
    return result;
  } catch (error) {
    log(`${name}: failed after ${formatDuration(performance.now() - started)}`);
    throw error;
  } finally {
    memory.stop();
  }
}

function sampleMemory(): { peak: () => number; stop: () => void } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, SAMPLE_INTERVAL_MS);
  timer.unref();
  return {
    peak: () => Math.max(peak, process.memoryUsage.rss()),
    stop: () => clearInterval(timer),
  };
}

function toMiB(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

function formatDuration(milliseconds: number): string {
  return milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(1)} s`;
}

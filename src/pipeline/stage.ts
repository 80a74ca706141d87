/** Progress lines for the long steps of a build: what started, what it produced, how long it took. */

export type Log = (line: string) => void;

/**
 * Runs one stage of the build and logs its start, and its end with a summary
 * of what it produced and the time it took. Errors pass through unchanged,
 * after a line that says which stage failed.
 */
export async function runStage<T>(log: Log, name: string, work: () => Promise<T>, summarise: (result: T) => string): Promise<T> {
  log(`${name}: started`);
  const started = performance.now();
  try {
    const result = await work();
    log(`${name}: ${summarise(result)} in ${formatDuration(performance.now() - started)}`);
    return result;
  } catch (error) {
    log(`${name}: failed after ${formatDuration(performance.now() - started)}`);
    throw error;
  }
}

function formatDuration(milliseconds: number): string {
  return milliseconds < 1000 ? `${Math.round(milliseconds)} ms` : `${(milliseconds / 1000).toFixed(1)} s`;
}

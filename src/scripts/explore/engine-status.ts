/**
 * The page's report of the engine's start-up: a status line that screen
 * readers announce at each phase, and a progress bar of the download that
 * they can read on demand but that is not announced at every step.
 */
import type { EngineProgress } from './engine.ts';
import { getElement } from './dom.ts';

const megabytes = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export interface EngineStatus {
  container: HTMLElement;
  message: HTMLElement;
  progress: HTMLProgressElement;
}

/** Finds the status elements and shows them. Throws naming the first that is missing. */
export function findEngineStatus(): EngineStatus {
  const status = {
    container: getElement('explore-engine', HTMLElement),
    message: getElement('explore-engine-message', HTMLElement),
    progress: getElement('explore-engine-progress', HTMLProgressElement),
  };
  status.container.hidden = false;
  return status;
}

/**
 * Shows the engine's progress against the module's decoded size in bytes.
 * DuckDB-WASM 1.32 counts decoded bytes, and it reports a chunk only when
 * it arrives 20 ms or more after the one before, so a fast download may
 * show no progress before it ends.
 * The message changes only when the phase does, so it is announced once per
 * phase.
 */
export function showEngineProgress(status: EngineStatus, progress: EngineProgress, moduleBytes: number): void {
  switch (progress.phase) {
    case 'download': {
      const total = Math.max(moduleBytes, progress.loadedBytes, 1);
      status.progress.max = total;
      status.progress.value = progress.loadedBytes;
      status.progress.setAttribute('aria-valuetext', `${toMegabytes(progress.loadedBytes)} of ${toMegabytes(total)} MB`);
      setMessage(status, `Downloading the query engine (${toMegabytes(total)} MB)…`);
      return;
    }
    case 'start':
      status.progress.value = status.progress.max;
      setMessage(status, 'Starting the query engine…');
      return;
    case 'tables':
      setMessage(status, `Loading ${progress.tableCount} tables…`);
      return;
    case 'ready':
      setMessage(status, 'The query engine is ready.');
      status.progress.hidden = true;
      return;
  }
}

/** Shows that the engine could not start, as an alert, with what the reader can do instead. */
export function showEngineFailure(status: EngineStatus, error: unknown): void {
  status.progress.hidden = true;
  status.message.setAttribute('role', 'alert');
  status.message.textContent = `The query engine could not start: ${error instanceof Error ? error.message : String(error)} You can still download every dataset as CSV below.`;
  status.container.classList.add('explore-engine--failed');
}

function setMessage(status: EngineStatus, text: string): void {
  if (status.message.textContent !== text) status.message.textContent = text;
}

function toMegabytes(bytes: number): string {
  return megabytes.format(bytes / 1_000_000);
}

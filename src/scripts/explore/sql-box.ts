/**
 * The SQL box: runs a reader's statement over the edition's tables and
 * shows the first rows, or DuckDB's error message in an alert.
 */
import { readDuckDBMessage } from '../../lib/explore/duckdb-error.ts';
import type { ExploreEdition } from '../../lib/explore/metadata.ts';
import { MAX_SQL_ROWS } from '../../lib/explore/sql-limits.ts';
import { describeResultColumns, formatResultCell, type ResultColumn } from '../../lib/explore/result-cells.ts';
import { createElement, getElement } from './dom.ts';
import type { Engine } from './engine.ts';
import { runReadOnlySql, SqlRejectedError, type SqlResult } from './sql-runner.ts';


const rowCount = new Intl.NumberFormat('en-GB');

export interface SqlBox {
  form: HTMLFormElement;
  text: HTMLTextAreaElement;
  button: HTMLButtonElement;
  cancel: HTMLButtonElement;
  /** Status region that reports a running or cancelled query. */
  status: HTMLElement;
  error: HTMLElement;
  result: HTMLElement;
  heading: HTMLElement;
}

/** Finds the SQL box's elements. Throws naming the first that is missing. */
export function findSqlBox(): SqlBox {
  return {
    form: getElement('explore-sql-form', HTMLFormElement),
    text: getElement('explore-sql-text', HTMLTextAreaElement),
    button: getElement('explore-sql-run', HTMLButtonElement),
    cancel: getElement('explore-sql-cancel', HTMLButtonElement),
    status: getElement('explore-sql-status', HTMLElement),
    error: getElement('explore-sql-error', HTMLElement),
    result: getElement('explore-sql-result', HTMLElement),
    heading: getElement('explore-sql-result-heading', HTMLElement),
  };
}

/**
 * Runs the box's statement and shows its result or error. While it runs, the
 * cancel button is shown, and pressing it cancels the statement and reports
 * that in the status region. Moves focus to the result's heading when `focus` is
 * true and the statement ran. Counts the finished runs in the result
 * element's data-runs attribute, which the browser tests wait for.
 */
export async function runSqlBox(box: SqlBox, engine: Engine, edition: ExploreEdition, focus: boolean): Promise<void> {
  const sql = box.text.value;
  let cancelled = false;
  const cancel = () => {
    // The button stays enabled, so it keeps focus until the run ends; a second press does nothing.
    if (cancelled) return;
    cancelled = true;
    box.status.textContent = 'Cancelling the query…';
    void engine.sqlConnection.cancelSent().catch((error: unknown) => console.warn('explore: cancelling the SQL box statement failed:', error));
  };

  box.button.disabled = true;
  box.cancel.hidden = false;
  box.cancel.addEventListener('click', cancel);
  box.status.textContent = 'Running the query…';
  box.result.setAttribute('aria-busy', 'true');
  try {
    const result = await runReadOnlySql(engine, sql, MAX_SQL_ROWS);
    box.error.replaceChildren();
    box.status.textContent = '';
    drawResult(box, result, measureColumns(edition));
    if (focus) box.heading.focus();
  } catch (error) {
    if (cancelled) showCancelled(box);
    else {
      box.status.textContent = '';
      drawError(box, error);
    }
  } finally {
    const cancelHadFocus = document.activeElement === box.cancel;
    box.cancel.removeEventListener('click', cancel);
    box.cancel.hidden = true;
    box.button.disabled = false;
    // The cancel button disappears, so focus moves to the run button rather than to the page's start.
    if (cancelHadFocus) box.button.focus();
    box.result.removeAttribute('aria-busy');
    box.result.dataset.runs = String(Number(box.result.dataset.runs ?? '0') + 1);
  }
}

function showCancelled(box: SqlBox): void {
  box.error.replaceChildren();
  box.result.replaceChildren();
  box.heading.hidden = true;
  box.status.textContent = 'The query was cancelled, so there is no result.';
}

function measureColumns(edition: ExploreEdition): Set<string> {
  return new Set(edition.datasets.flatMap((dataset) => dataset.measures.map((measure) => measure.column)));
}

function drawResult(box: SqlBox, result: SqlResult, measures: ReadonlySet<string>): void {
  const columns = describeResultColumns(result.fields, measures);
  const shown = result.rows.length === 1 ? '1 row' : `${rowCount.format(result.rows.length)} rows`;
  const caption = result.capped ? `Result of the query: the first ${shown}` : `Result of the query: ${shown}`;

  const parts: HTMLElement[] = [];
  if (result.capped) {
    parts.push(
      createElement('p', { class: 'inset', id: 'explore-sql-capped' }, [
        `The query returned more than ${rowCount.format(MAX_SQL_ROWS)} rows, so only the first ${rowCount.format(MAX_SQL_ROWS)} are shown. Add LIMIT, WHERE or GROUP BY to narrow it.`,
      ]),
    );
  }
  parts.push(
    createElement('p', { class: 'table-caption', 'aria-hidden': 'true' }, [caption]),
    createElement('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'explore-sql-caption', tabindex: 0 }, [
      createElement('table', { class: 'data-table', id: 'explore-sql-table' }, [
        createElement('caption', { class: 'visually-hidden', id: 'explore-sql-caption' }, [caption]),
        createElement('thead', {}, [
          createElement('tr', {}, columns.map((column) => createElement('th', { scope: 'col', class: isNumeric(column) ? 'numeric' : undefined }, [column.name]))),
        ]),
        createElement('tbody', {}, result.rows.map((row) => createElement('tr', {}, row.map((value, index) => drawCell(value, columns[index]))))),
      ]),
    ]),
  );
  box.result.replaceChildren(...parts);
  box.heading.hidden = false;
}

function drawCell(value: unknown, column: ResultColumn): HTMLElement {
  const cell = formatResultCell(value, column);
  const classes = [cell.kind === 'number' || (isNumeric(column) && cell.kind !== 'text') ? 'numeric' : '', cell.kind === 'withheld' ? 'withheld' : '', cell.kind === 'null' ? 'null' : ''];
  return createElement('td', { class: classes.filter(Boolean).join(' ') || undefined }, [cell.text]);
}

function isNumeric(column: ResultColumn): boolean {
  return column.format === 'number' || column.format === 'bigint';
}

function drawError(box: SqlBox, error: unknown): void {
  const message = readDuckDBMessage(error instanceof Error ? error.message : String(error));
  const title = error instanceof SqlRejectedError ? 'This query cannot run here' : 'DuckDB could not run the query';
  box.result.replaceChildren();
  box.heading.hidden = true;
  // The alert region stays in the page and only its content changes, so screen readers announce every error.
  box.error.replaceChildren(
    createElement('div', { class: 'explore-error-summary' }, [
      createElement('h3', { class: 'explore-error-summary__title' }, [title]),
      createElement('pre', { class: 'explore-sql-message' }, [message]),
    ]),
  );
}

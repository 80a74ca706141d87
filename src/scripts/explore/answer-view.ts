/**
 * Draws an answer in the page: chart, notes, table and download, and tells
 * screen readers that it changed. The answer may be the one the build
 * computed for the default question, which the engine later confirms. Also signals every drawn answer with a
 * performance mark and a DOM event, which the benchmark and the browser
 * tests wait for.
 */
import type { Answer } from '../../lib/explore/answer.ts';
import type { ExploreDataset } from '../../lib/explore/metadata.ts';
import type { QueryState } from '../../lib/explore/query-state.ts';
import { drawAnswerChart } from './answer-chart.ts';
import { drawAnswerDownload, drawAnswerNotes, drawAnswerTable } from './answer-table.ts';
import { createElement, getElement } from './dom.ts';

/** Name of the event the answer section dispatches after drawing an answer. */
export const ANSWER_EVENT = 'explore:answer';

/** Performance mark set when the first answer is drawn, measured from navigation. */
export const FIRST_ANSWER_MARK = 'explore:first-answer';

/**
 * Performance mark set when the engine first answers the form: it drew an
 * answer, or it confirmed the pre-computed one.
 */
export const ENGINE_ANSWER_MARK = 'explore:engine-answer';

/**
 * Source of the answer on show: rows the build computed for the default
 * question, or the engine in the browser. The section's data-answer-source
 * attribute contains it.
 */
export type AnswerSource = 'precomputed' | 'engine';

const CHART_LABELS = { titleId: 'explore-chart-title', descriptionId: 'explore-chart-description' };

/** Widest chart in px, as on the report pages. */
const MAX_CHART_WIDTH = 760;

/** The elements an answer is drawn in. */
export interface AnswerView {
  section: HTMLElement;
  heading: HTMLElement;
  status: HTMLElement;
  body: HTMLElement;
  /** Number of answers drawn so far, also written to the section's data-answers attribute. */
  count: number;
  /** The status line's summary of the answer on show, without a note on where it came from. */
  summary: string;
}

/** Finds the answer section's elements. Throws naming the first that is missing. */
export function findAnswerView(): AnswerView {
  return {
    section: getElement('explore-answer', HTMLElement),
    heading: getElement('explore-answer-heading', HTMLElement),
    status: getElement('explore-answer-status', HTMLElement),
    body: getElement('explore-answer-body', HTMLElement),
    count: 0,
    summary: '',
  };
}

/**
 * Draws an answer, replacing the previous one, and announces it. Moves focus
 * to the answer's heading when `focus` is true, as after the reader presses
 * the form's button. A change of a single control leaves focus where it is.
 */
export function showAnswer(
  view: AnswerView,
  plot: typeof import('@observablehq/plot'),
  answer: Answer,
  state: QueryState,
  dataset: ExploreDataset,
  policyPath: string,
  focus: boolean,
  source: AnswerSource,
): void {
  const width = Math.max(300, Math.min(MAX_CHART_WIDTH, view.body.clientWidth || MAX_CHART_WIDTH));
  const chart = drawAnswerChart(plot, answer, dataset, state.grouping, width, CHART_LABELS);

  const figure = createElement('figure', { class: 'chart explore-chart' }, [
    createElement('figcaption', {}, [
      createElement('h3', { class: 'chart__title', id: CHART_LABELS.titleId }, [answer.title]),
      createElement('p', { class: 'chart__description', id: CHART_LABELS.descriptionId }, [chart.description]),
    ]),
    createElement('div', { class: 'chart__svg' }, [chart.svg]),
    ...(chart.key.length > 0 ? [createElement('ul', { class: 'chart__key' }, chart.key.map((line) => createElement('li', {}, [line])))] : []),
  ]);
  view.body.replaceChildren(figure, ...drawAnswerNotes(answer, policyPath), ...drawAnswerTable(answer), drawAnswerDownload(answer, dataset));

  view.summary = announce(answer);
  view.status.textContent = source === 'precomputed' ? `${view.summary} ${PRECOMPUTED_NOTE}` : view.summary;
  view.count += 1;
  view.section.dataset.answers = String(view.count);
  view.section.removeAttribute('aria-busy');
  view.section.dataset.answerSource = source;
  if (view.count === 1) performance.mark(FIRST_ANSWER_MARK);
  if (source === 'engine') markEngineAnswer(view);
  view.section.dispatchEvent(new CustomEvent(ANSWER_EVENT, { detail: { count: view.count } }));
  if (focus) view.heading.focus();
}

/** Note on an answer the build computed, before the engine has checked it. */
const PRECOMPUTED_NOTE = 'It was computed when the page was published.';

/** Note on an answer the build computed, once the engine has computed the same. */
const CONFIRMED_NOTE = 'It was computed when the page was published, and the query engine has checked it.';

/**
 * Records that the engine computed the same answer as the pre-computed one
 * on show. The answer stays as it is, and the status line says it was checked.
 */
export function confirmAnswer(view: AnswerView): void {
  view.status.textContent = `${view.summary} ${CONFIRMED_NOTE}`;
  markEngineAnswer(view);
}

function markEngineAnswer(view: AnswerView): void {
  view.section.dataset.answerSource = 'engine';
  if (performance.getEntriesByName(ENGINE_ANSWER_MARK).length === 0) performance.mark(ENGINE_ANSWER_MARK);
}

/** Returns whether two answers show the same text: headings, cells, CSV cells, withheld cells and notes. */
export function isSameAnswer(a: Answer, b: Answer): boolean {
  const shown = (answer: Answer) =>
    JSON.stringify([answer.title, answer.headings, answer.rows.map((row) => [row.cells, row.csvCells]), answer.withheldCells, answer.notes]);
  return shown(a) === shown(b);
}

function announce(answer: Answer): string {
  const values = answer.rows.length === 1 ? '1 value' : `${answer.rows.length} values`;
  const incomplete = answer.incompleteCount === 0 ? '' : `, ${answer.incompleteCount} incomplete`;
  return `Showing the ${answer.title.charAt(0).toLowerCase()}${answer.title.slice(1)}: ${values}${incomplete}.`;
}

/** Shows a message in place of the answer, such as a failed query, and announces it. */
export function showAnswerMessage(view: AnswerView, message: string): void {
  view.body.replaceChildren();
  view.status.textContent = message;
  view.section.removeAttribute('aria-busy');
}

/**
 * The explore page's browser entry. It reads the edition's metadata from the
 * page, draws the form from the address and starts the query engine and
 * Plot in parallel. While the engine starts, the default question is
 * answered from rows the build computed with the same SQL, and the engine
 * checks that answer once it is ready. Then it queries the engine after
 * every change of the form and every run of the SQL box.
 */
import type { AggregateRow } from '../../lib/explore/aggregate-sql.ts';
import { buildAggregateSql } from '../../lib/explore/aggregate-sql.ts';
import { buildAnswer } from '../../lib/explore/answer.ts';
import { findDataset, type ExploreDataset, type ExploreEdition } from '../../lib/explore/metadata.ts';
import { defaultState, formatState, parseState, validateState, type QueryState } from '../../lib/explore/query-state.ts';
import { readAddress, SQL_PARAMETER, writeAddress } from './address.ts';
import type { PrecomputedAnswer } from '../../lib/explore/precomputed-answer.ts';
import { confirmAnswer, findAnswerView, isSameAnswer, showAnswer, showAnswerMessage } from './answer-view.ts';
import { createElement, getElement } from './dom.ts';
import { startEngine, tableToObjects, type Engine } from './engine.ts';
import { findEngineStatus, showEngineFailure, showEngineProgress } from './engine-status.ts';
import { drawDatasetControls, findQueryForm, readFormState, setAllMembers, showFormErrors, writeFormState } from './query-form.ts';
import { findSqlBox, runSqlBox } from './sql-box.ts';

/** Id of the script element that contains the edition's metadata as JSON. */
const METADATA_ID = 'explore-edition';

/** Id of the script element that contains each dataset's default question and its aggregate rows as JSON. */
const PRECOMPUTED_ID = 'explore-precomputed';

const edition = JSON.parse(getElement(METADATA_ID, HTMLScriptElement).textContent ?? '') as ExploreEdition;
const precomputed = JSON.parse(getElement(PRECOMPUTED_ID, HTMLScriptElement).textContent ?? '') as PrecomputedAnswer[];
const status = findEngineStatus();
const engine = startEngine(edition, (progress) => showEngineProgress(status, progress, edition.engineModuleBytes));
const plot = import('@observablehq/plot');
let engineStarted = false;
engine.then(() => (engineStarted = true), () => undefined);

const form = findQueryForm();
const answerView = findAnswerView();
const sqlBox = findSqlBox();
getElement('explore-no-script', HTMLElement).hidden = true;
getElement('explore-app', HTMLElement).hidden = false;

const address = readAddress();
const parsed = parseState(address, edition);
let formParameters = new URLSearchParams();
let sqlInAddress = address.get(SQL_PARAMETER) ?? undefined;
let answerSequence = 0;

showAddressProblems(parsed.problems);
drawDatasetControls(form, datasetOf(parsed.state));
writeFormState(form, parsed.state);
if (sqlInAddress) sqlBox.text.value = sqlInAddress;
void answerForm(false);

engine.then(
  (started) => {
    if (sqlInAddress) void runSqlBox(sqlBox, started, edition, false);
  },
  (error: unknown) => {
    console.error('explore: the query engine failed to start:', error);
    showEngineFailure(status, error);
    // The answer the build computed stays true without the engine, so it stays on show.
    if (answerView.section.dataset.answerSource !== 'precomputed') {
      showAnswerMessage(answerView, 'There is no answer, because the query engine could not start.');
    }
    sqlBox.button.disabled = true;
  },
);

form.dataset.addEventListener('change', () => {
  const current = readFormState(form, edition);
  const dataset = datasetOf({ ...current, dataset: form.dataset.value });
  const next: QueryState = { ...defaultState(dataset), statistic: current.statistic, grouping: current.grouping };
  drawDatasetControls(form, dataset);
  writeFormState(form, next);
  void answerForm(false);
});
form.form.addEventListener('change', (event) => {
  if (event.target !== form.dataset) void answerForm(false);
});
form.form.addEventListener('submit', (event) => {
  event.preventDefault();
  void answerForm(true);
});
form.selectAll.addEventListener('click', () => {
  setAllMembers(form, true);
  void answerForm(false);
});
form.selectNone.addEventListener('click', () => {
  setAllMembers(form, false);
  void answerForm(false);
});

sqlBox.form.addEventListener('submit', (event) => {
  event.preventDefault();
  sqlInAddress = sqlBox.text.value;
  writeAddress(formParameters, sqlInAddress);
  void engine.then((started: Engine) => runSqlBox(sqlBox, started, edition, true));
});

/**
 * Answers the question the form shows, once the engine and Plot are ready.
 * An answer that arrives after a newer question was asked, or after the
 * form became invalid, is dropped.
 */
async function answerForm(focus: boolean): Promise<void> {
  const state = readFormState(form, edition);
  const dataset = datasetOf(state);
  const errors = validateState(state, dataset);
  showFormErrors(form, errors, focus);
  formParameters = formatState(state, dataset);
  writeAddress(formParameters, sqlInAddress);
  const sequence = ++answerSequence;
  if (errors.length > 0) return;

  answerView.section.setAttribute('aria-busy', 'true');
  let precomputedAnswer: ReturnType<typeof buildAnswer> | undefined;
  try {
    const precomputedRows = engineStarted ? undefined : findPrecomputedRows(state, dataset);
    if (precomputedRows) {
      const plotModule = await plot;
      if (sequence !== answerSequence) return;
      precomputedAnswer = buildAnswer(state, dataset, precomputedRows);
      showAnswer(answerView, plotModule, precomputedAnswer, state, dataset, edition.policyPath, focus, 'precomputed');
    }

    const [started, plotModule] = await Promise.all([engine, plot]);
    const table = await started.formConnection.query(buildAggregateSql(state, dataset));
    if (sequence !== answerSequence) return;

    const answer = buildAnswer(state, dataset, tableToObjects<AggregateRow>(table));
    if (precomputedAnswer && isSameAnswer(precomputedAnswer, answer)) {
      confirmAnswer(answerView);
      return;
    }
    if (precomputedAnswer) console.error('explore: the engine\'s answer differs from the pre-computed answer, so the page shows the engine\'s.');
    showAnswer(answerView, plotModule, answer, state, dataset, edition.policyPath, focus && !precomputedAnswer, 'engine');
  } catch (error) {
    if (sequence !== answerSequence) return;
    console.error('explore: the form query failed:', error);
    if (precomputedAnswer) {
      answerView.section.removeAttribute('aria-busy');
      return;
    }
    showAnswerMessage(answerView, `The query failed, so there is no answer: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Returns the pre-computed rows when the question is one the build answered, or undefined. */
function findPrecomputedRows(state: QueryState, dataset: ExploreDataset): AggregateRow[] | undefined {
  const answer = precomputed.find((candidate) => candidate.state.dataset === dataset.id);
  if (!answer) return undefined;
  const same = formatState(state, dataset).toString() === formatState(answer.state, dataset).toString();
  return same ? answer.rows : undefined;
}

function datasetOf(state: Pick<QueryState, 'dataset'>): ExploreDataset {
  return findDataset(edition, state.dataset) ?? edition.datasets[0];
}

/** Tells the reader which parts of the address were ignored, above the form. */
function showAddressProblems(problems: readonly string[]): void {
  if (problems.length === 0) return;
  const notice = getElement('explore-address-problems', HTMLElement);
  notice.replaceChildren(
    createElement('p', {}, ['Parts of the address could not be used:']),
    createElement('ul', {}, problems.map((problem) => createElement('li', {}, [problem]))),
  );
  notice.hidden = false;
}

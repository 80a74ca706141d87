/**
 * The form of common questions. The page's HTML contains its fixed parts.
 * The controls that depend on the dataset (measures, members, quarters,
 * grouping labels) are drawn here from the edition's metadata.
 */
import { findDataset, type ExploreDataset, type ExploreEdition } from '../../lib/explore/metadata.ts';
import { GROUPINGS, groupingLabel, isGroupingId, isStatisticId } from '../../lib/explore/query-options.ts';
import type { QueryState } from '../../lib/explore/query-state.ts';
import { createElement, getElement } from './dom.ts';

/** The controls of the form, found once. */
export interface QueryForm {
  form: HTMLFormElement;
  dataset: HTMLSelectElement;
  datasetHint: HTMLElement;
  measure: HTMLSelectElement;
  statistic: HTMLSelectElement;
  membersLegend: HTMLElement;
  memberList: HTMLElement;
  selectAll: HTMLButtonElement;
  selectNone: HTMLButtonElement;
  from: HTMLSelectElement;
  to: HTMLSelectElement;
  errors: HTMLElement;
}

/** Finds the form's controls. Throws naming the first that is missing. */
export function findQueryForm(): QueryForm {
  return {
    form: getElement('explore-form', HTMLFormElement),
    dataset: getElement('explore-dataset', HTMLSelectElement),
    datasetHint: getElement('explore-dataset-hint', HTMLElement),
    measure: getElement('explore-measure', HTMLSelectElement),
    statistic: getElement('explore-statistic', HTMLSelectElement),
    membersLegend: getElement('explore-members-legend', HTMLElement),
    memberList: getElement('explore-member-list', HTMLElement),
    selectAll: getElement('explore-select-all', HTMLButtonElement),
    selectNone: getElement('explore-select-none', HTMLButtonElement),
    from: getElement('explore-from', HTMLSelectElement),
    to: getElement('explore-to', HTMLSelectElement),
    errors: getElement('explore-form-errors', HTMLElement),
  };
}

/** Draws the controls that depend on the dataset: measure options, member checkboxes, quarter options and grouping labels. */
export function drawDatasetControls(form: QueryForm, dataset: ExploreDataset): void {
  form.datasetHint.textContent = dataset.description;
  form.measure.replaceChildren(...dataset.measures.map((measure) => new Option(measure.heading, measure.column)));
  form.membersLegend.textContent = dataset.dimension.pluralLabel;

  form.memberList.replaceChildren(
    ...dataset.members.map((member, index) => {
      const id = `explore-member-${index}`;
      const label = member.isTotal ? `${member.name} (total row)` : member.name;
      return createElement('div', { class: 'explore-checkbox' }, [
        createElement('input', { type: 'checkbox', id, name: 'member', value: member.id, 'data-total': member.isTotal }),
        createElement('label', { for: id }, [label]),
      ]);
    }),
  );

  for (const select of [form.from, form.to]) {
    select.replaceChildren(...dataset.quarters.map((quarter) => new Option(quarter.label, quarter.id)));
  }
  for (const grouping of GROUPINGS) {
    getElement(`explore-group-${grouping}-label`, HTMLElement).textContent = groupingLabel(grouping, dataset);
  }
}

/** Sets every control to a question. The dataset's controls must already be drawn. */
export function writeFormState(form: QueryForm, state: QueryState): void {
  form.dataset.value = state.dataset;
  form.measure.value = state.measure;
  form.statistic.value = state.statistic;
  form.from.value = state.from;
  form.to.value = state.to;
  for (const checkbox of memberCheckboxes(form)) checkbox.checked = state.members.includes(checkbox.value);
  getElement(`explore-group-${state.grouping}`, HTMLInputElement).checked = true;
}

/** Reads the question the controls show. Throws when the dataset select names no dataset of the edition. */
export function readFormState(form: QueryForm, edition: ExploreEdition): QueryState {
  const dataset = findDataset(edition, form.dataset.value);
  if (!dataset) throw new Error(`Dataset "${form.dataset.value}" of the dataset select was not found in edition ${edition.id}.`);

  const grouping = new FormData(form.form).get('group');
  const statistic = form.statistic.value;
  const checked = new Set(memberCheckboxes(form).filter((checkbox) => checkbox.checked).map((checkbox) => checkbox.value));
  return {
    dataset: dataset.id,
    measure: form.measure.value,
    statistic: isStatisticId(statistic) ? statistic : 'sum',
    grouping: typeof grouping === 'string' && isGroupingId(grouping) ? grouping : 'quarter',
    from: form.from.value,
    to: form.to.value,
    members: dataset.members.filter((member) => checked.has(member.id)).map((member) => member.id),
  };
}

/**
 * Checks every member but the total, as the default selection does, or
 * clears every member. The total row is left out because it already adds up
 * the others.
 */
export function setAllMembers(form: QueryForm, checked: boolean): void {
  for (const checkbox of memberCheckboxes(form)) checkbox.checked = checked && !checkbox.hasAttribute('data-total');
}

function memberCheckboxes(form: QueryForm): HTMLInputElement[] {
  return [...form.memberList.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

/**
 * Shows the reasons a question cannot be answered in an error summary inside
 * the form's alert region, or empties the region when there are none. Moves
 * focus to the summary when `focus` is true, as after the reader presses the
 * form's button.
 */
export function showFormErrors(form: QueryForm, errors: readonly string[], focus: boolean): void {
  if (errors.length === 0) {
    form.errors.replaceChildren();
    return;
  }

  const summary = createElement('div', { class: 'explore-error-summary', tabindex: -1 }, [
    createElement('h3', { class: 'explore-error-summary__title' }, ['There is a problem']),
    createElement('ul', {}, errors.map((error) => createElement('li', {}, [error]))),
  ]);
  form.errors.replaceChildren(summary);
  if (focus) summary.focus();
}

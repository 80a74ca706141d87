/**
 * The question the explore form asks, and its form in the address's query
 * string, so that a view can be shared and reopened. Unknown or invalid
 * parameters fall back to the defaults, and each fallback is reported.
 */
import { findDataset, findMeasure, type ExploreDataset, type ExploreEdition } from './metadata.ts';
import { lowerFirstWord } from '../format/labels.ts';
import { groupsByMember, isGroupingId, isStatisticId, type GroupingId, type StatisticId } from './query-options.ts';

export interface QueryState {
  dataset: string;
  /** Column of the measure. */
  measure: string;
  statistic: StatisticId;
  grouping: GroupingId;
  /** First and last quarter of the range, inclusive. */
  from: string;
  to: string;
  /** Ids of the selected members, in the dataset's member order. */
  members: string[];
}

/** Names of the query-string parameters. */
export const PARAMETERS = {
  dataset: 'dataset',
  measure: 'measure',
  statistic: 'statistic',
  grouping: 'group',
  from: 'from',
  to: 'to',
  member: 'member',
} as const;

/**
 * Returns the default question about a dataset: the sum of its first
 * measure by quarter over every member but the total, for every quarter.
 */
export function defaultState(dataset: ExploreDataset): QueryState {
  return {
    dataset: dataset.id,
    measure: dataset.measures[0].column,
    statistic: 'sum',
    grouping: 'quarter',
    from: dataset.quarters[0].id,
    to: dataset.quarters[dataset.quarters.length - 1].id,
    members: defaultMembers(dataset),
  };
}

/** Returns the members selected by default: all but the total. */
export function defaultMembers(dataset: ExploreDataset): string[] {
  return dataset.members.filter((member) => !member.isTotal).map((member) => member.id);
}

/** A question read from an address, with a sentence for every parameter that was ignored. */
export interface ParsedState {
  state: QueryState;
  problems: string[];
}

/**
 * Reads a question from query-string parameters. A missing parameter takes
 * its default. An unknown dataset, measure, statistic, grouping, quarter or
 * member is ignored and reported in `problems`. A range whose first quarter
 * is after its last is swapped.
 */
export function parseState(params: URLSearchParams, edition: ExploreEdition): ParsedState {
  const problems: string[] = [];
  const datasetId = params.get(PARAMETERS.dataset);
  let dataset = datasetId === null ? undefined : findDataset(edition, datasetId);
  if (datasetId !== null && !dataset) problems.push(`This edition has no dataset "${datasetId}", so the first dataset is shown.`);
  dataset ??= edition.datasets[0];

  const state = defaultState(dataset);
  const measure = params.get(PARAMETERS.measure);
  if (measure !== null) {
    if (findMeasure(dataset, measure)) state.measure = measure;
    else problems.push(`The dataset has no measure "${measure}", so ${dataset.measures[0].sentenceLabel} is shown.`);
  }

  const statistic = params.get(PARAMETERS.statistic);
  if (statistic !== null) {
    if (isStatisticId(statistic)) state.statistic = statistic;
    else problems.push(`"${statistic}" is not a statistic, so the sum is shown.`);
  }

  const grouping = params.get(PARAMETERS.grouping);
  if (grouping !== null) {
    if (isGroupingId(grouping)) state.grouping = grouping;
    else problems.push(`"${grouping}" is not a grouping, so the answer is grouped by quarter.`);
  }

  readRange(params, dataset, state, problems);
  readMembers(params, dataset, state, problems);
  return { state, problems };
}

function readRange(params: URLSearchParams, dataset: ExploreDataset, state: QueryState, problems: string[]): void {
  const quarterIds = dataset.quarters.map((quarter) => quarter.id);
  for (const key of ['from', 'to'] as const) {
    const value = params.get(PARAMETERS[key]);
    if (value === null) continue;
    if (quarterIds.includes(value)) state[key] = value;
    else problems.push(`The dataset has no quarter "${value}", so the range ${key === 'from' ? 'starts at its first' : 'ends at its last'} quarter.`);
  }

  if (quarterIds.indexOf(state.from) > quarterIds.indexOf(state.to)) {
    [state.from, state.to] = [state.to, state.from];
    problems.push('The first quarter was after the last, so the two were swapped.');
  }
}

function readMembers(params: URLSearchParams, dataset: ExploreDataset, state: QueryState, problems: string[]): void {
  if (!params.has(PARAMETERS.member)) return;

  const requested = new Set(params.getAll(PARAMETERS.member).filter((id) => id !== ''));
  const known = new Set(dataset.members.map((member) => member.id));
  const unknown = [...requested].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    problems.push(`The dataset has no ${lowerFirstWord(dataset.dimension.label)} ${unknown.map((id) => `"${id}"`).join(', ')}, so ${unknown.length === 1 ? 'it was' : 'they were'} left out.`);
  }
  state.members = dataset.members.filter((member) => requested.has(member.id)).map((member) => member.id);
}

/**
 * Writes a question as query-string parameters, in a fixed order. The
 * members are left out when they are the default selection. An empty
 * selection is written as one empty `member` parameter, so that it reads
 * back as empty.
 */
export function formatState(state: QueryState, dataset: ExploreDataset): URLSearchParams {
  const params = new URLSearchParams();
  params.set(PARAMETERS.dataset, state.dataset);
  params.set(PARAMETERS.measure, state.measure);
  params.set(PARAMETERS.statistic, state.statistic);
  params.set(PARAMETERS.grouping, state.grouping);
  params.set(PARAMETERS.from, state.from);
  params.set(PARAMETERS.to, state.to);

  const defaults = defaultMembers(dataset);
  const isDefault = state.members.length === defaults.length && state.members.every((id, index) => id === defaults[index]);
  if (state.members.length === 0) params.append(PARAMETERS.member, '');
  else if (!isDefault) for (const id of state.members) params.append(PARAMETERS.member, id);
  return params;
}

/** Lists what stops a question from being answered, as sentences for the form's error summary. */
export function validateState(state: QueryState, dataset: ExploreDataset): string[] {
  const errors: string[] = [];
  if (state.members.length === 0) errors.push(`Select at least one ${lowerFirstWord(dataset.dimension.label)}.`);

  const quarterIds = dataset.quarters.map((quarter) => quarter.id);
  if (quarterIds.indexOf(state.from) > quarterIds.indexOf(state.to)) {
    errors.push('The first quarter must be the same as or before the last quarter.');
  }

  // The total row already contains the other rows, so combining it with them would count them twice.
  const { total } = dataset.dimension;
  if (!groupsByMember(state.grouping) && state.members.includes(total.id) && state.members.length > 1) {
    errors.push(`${total.name} is the total of the other rows: choose it alone, leave it out, or group the answer by ${lowerFirstWord(dataset.dimension.label)}.`);
  }
  return errors;
}

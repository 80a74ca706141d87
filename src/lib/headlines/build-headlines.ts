import type { Measure, PublishedValue } from '../format/measures.ts';
import { previousQuarterId } from '../quarters/quarter.ts';
import { findMeasure, findValue } from '../vetted/dataset-queries.ts';
import type { VettedEdition } from '../vetted/published-dataset.ts';
import { VettedDataError } from '../vetted/vetted-data-error.ts';
import { writeHeadlineSentence } from './headline-sentence.ts';
import { HEADLINES, type HeadlineSpec } from './headline-specs.ts';
import { compareWithPreviousQuarter } from './quarter-change.ts';

/** A headline figure of an edition, ready to show. */
export interface Headline {
  spec: HeadlineSpec;
  measure: Measure;
  datasetId: string;
  /** The figure at the end of the edition's quarter, or [c]. */
  value: PublishedValue;
  sentence: string;
}

/**
 * Builds the headline figures of an edition from the total rows of its
 * datasets. A headline whose dataset the edition does not publish is left
 * out. Throws a VettedDataError when the dataset is there but lacks the
 * measure or the total row for the edition's quarter.
 */
export function buildHeadlines(edition: VettedEdition, specs: readonly HeadlineSpec[] = HEADLINES): Headline[] {
  const headlines: Headline[] = [];

  for (const spec of specs) {
    const dataset = edition.datasets.find((candidate) => candidate.definition.id === spec.datasetId);
    if (!dataset) continue;

    const where = `${edition.id}/${dataset.csvName}`;
    const measure = findMeasure(dataset.definition, spec.measureColumn);
    if (!measure) throw new VettedDataError(where, `has no measure ${spec.measureColumn}, which the home page shows`);

    const totalId = dataset.definition.dimension.total.id;
    const value = findValue(dataset, edition.id, totalId, measure.column);
    if (value === undefined) throw new VettedDataError(where, `has no total row (${totalId}) for ${edition.id}`);

    const previous = findValue(dataset, previousQuarterId(edition.id), totalId, measure.column);
    const change = compareWithPreviousQuarter(value, previous, measure.decimals);
    const sentence = writeHeadlineSentence(spec.subject, measure, edition.id, change);
    headlines.push({ spec, measure, datasetId: dataset.definition.id, value, sentence });
  }
  return headlines;
}

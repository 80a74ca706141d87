import { formatPercentSize } from '../format/numbers.ts';
import { formatQuantity, type Measure } from '../format/measures.ts';
import { quarterEndLabel } from '../quarters/quarter-labels.ts';
import { previousQuarterId } from '../quarters/quarter.ts';
import type { QuarterChange } from './quarter-change.ts';

/** Reason for withholding, in the words every sentence about a withheld figure uses. */
const WITHHELD_REASON = 'withheld [c] to protect the confidentiality of providers';

/**
 * Writes the sentence that reports a headline figure and its change in the
 * quarter, such as "Registered capacity rose by 1,234.5 MW (4.2%) to
 * 30,001.2 MW in the quarter to 31 December 2025." The sentence states that a
 * withheld figure is withheld and gives no change that would need it.
 */
export function writeHeadlineSentence(subject: string, measure: Measure, quarter: string, change: QuarterChange): string {
  const quarterEnd = quarterEndLabel(quarter);
  const quantity = (value: number) => formatQuantity(value, measure);

  switch (change.kind) {
    case 'withheld':
      return `${subject} at ${quarterEnd} is ${WITHHELD_REASON}, so no change on the previous quarter is given.`;
    case 'first-quarter':
      return `${subject} was ${quantity(change.current)} at ${quarterEnd}. The series starts in this quarter, so there is no change on the previous quarter to report.`;
    case 'previous-withheld':
      return `${subject} was ${quantity(change.current)} at ${quarterEnd}. The change on the previous quarter is not given because the figure at ${quarterEndLabel(previousQuarterId(quarter))} is ${WITHHELD_REASON}.`;
    case 'change':
      return writeChangeSentence(subject, change, quantity, quarterEnd);
  }
}

function writeChangeSentence(
  subject: string,
  change: Extract<QuarterChange, { kind: 'change' }>,
  quantity: (value: number) => string,
  quarterEnd: string,
): string {
  if (change.change === 0) return `${subject} was unchanged at ${quantity(change.current)} in the quarter to ${quarterEnd}.`;

  const verb = change.change > 0 ? 'rose' : 'fell';
  const percent = change.ratio === null ? '' : ` (${formatPercentSize(change.ratio)})`;
  return `${subject} ${verb} by ${quantity(Math.abs(change.change))}${percent} to ${quantity(change.current)} in the quarter to ${quarterEnd}.`;
}

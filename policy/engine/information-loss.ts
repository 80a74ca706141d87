/** Information loss: the share of cells, and of their value, that an edition withholds per measure. */
import type { Cell, InformationLoss, SuppressionReason } from './problem.ts';

/** Sums the loss per measure, in order of the measure's first cell. */
export function measureInformationLoss(cells: Iterable<Cell>, suppressed: ReadonlyMap<string, SuppressionReason>): InformationLoss[] {
  const losses = new Map<string, InformationLoss>();
  for (const cell of cells) {
    let loss = losses.get(cell.measure);
    if (!loss) {
      loss = { measure: cell.measure, cells: 0, suppressedCells: 0, cellShare: 0, totalValue: 0, suppressedValue: 0, valueShare: 0 };
      losses.set(cell.measure, loss);
    }
    loss.cells++;
    loss.totalValue += cell.value;
    if (!suppressed.has(cell.key)) continue;
    loss.suppressedCells++;
    loss.suppressedValue += cell.value;
  }

  for (const loss of losses.values()) {
    loss.cellShare = loss.cells > 0 ? loss.suppressedCells / loss.cells : 0;
    loss.valueShare = loss.totalValue > 0 ? loss.suppressedValue / loss.totalValue : 0;
  }
  return [...losses.values()];
}

/**
 * What earlier published editions revealed to the attacker about the cells of this
 * edition: the cells they withheld, which stay withheld, and the cells they
 * published at the value this edition would publish, which the attacker knows.
 * A figure revised since is a new quantity and carries neither.
 */
import type { LoadedDataset } from '../../data-loaders/datasets/load.ts';
import { loadedCellKey } from '../../data-loaders/datasets/load.ts';
import type { ProtectionProblem } from '../../policy/engine/problem.ts';
import { CONFIDENTIAL, type VettedDataset } from '../vetted/format.ts';
import { cellKey } from './problems.ts';
import { roundTo } from './vet.ts';

export interface EarlierKnowledge {
  /** Cells an earlier edition published at their present rounded value. */
  known: Set<string>;
  /** Cells an earlier edition withheld and no edition has published since at their present value. */
  withheld: Set<string>;
}

/** Collects what the earlier editions' vetted datasets reveal about this edition's cells. */
export function collectEarlierKnowledge(current: readonly LoadedDataset[], earlier: readonly VettedDataset[]): EarlierKnowledge {
  const knowledge: EarlierKnowledge = { known: new Set(), withheld: new Set() };
  const byId = new Map(current.map((dataset) => [dataset.loader.definition.id, dataset]));

  for (const vetted of earlier) {
    const dataset = byId.get(vetted.definition.id);
    if (dataset) addDataset(knowledge, dataset, vetted);
  }

  for (const key of knowledge.known) knowledge.withheld.delete(key);
  return knowledge;
}

/** Returns the problem with the earlier editions' knowledge of its cells. */
export function withEarlierKnowledge(problem: ProtectionProblem, knowledge: EarlierKnowledge): ProtectionProblem {
  const keys = new Set(problem.cells.map((cell) => cell.key));
  return {
    ...problem,
    knownFromEarlierEditions: [...knowledge.known].filter((key) => keys.has(key)).sort(),
    withheldInEarlierEditions: [...knowledge.withheld].filter((key) => keys.has(key)).sort(),
  };
}

function addDataset(knowledge: EarlierKnowledge, dataset: LoadedDataset, vetted: VettedDataset): void {
  const quarters = new Set(dataset.quarters.map((quarter) => quarter.label));
  const { dimension, measures } = dataset.loader.definition;
  const members = new Set([...dataset.loader.members.map((member) => member.id), dimension.total.id]);

  for (const row of vetted.rows) {
    const quarter = String(row.quarter);
    const member = String(row[dimension.column]);
    if (!quarters.has(quarter) || !members.has(member)) continue;

    for (const measure of measures) {
      const published = row[measure.column];
      const key = cellKey(dataset, quarter, member, measure.column);
      if (published === CONFIDENTIAL) {
        knowledge.withheld.add(key);
        continue;
      }
      const value = dataset.stocks.get(loadedCellKey(quarter, member, measure.column))?.value ?? 0;
      if (published === roundTo(value, measure.decimals)) knowledge.known.add(key);
    }
  }
}

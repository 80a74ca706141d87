/**
 * The items the engine must protect: primary-sensitive cells and sensitive
 * derived quantities, each as a linear combination of cells with the
 * protection its rule requires.
 */
import type { Policy } from '../schema.ts';
import type { ProtectionLevels, ProtectionProblem } from './problem.ts';
import type { LinearSystem } from './linear-system.ts';
import { applyPrimaryRules, type PrimaryRule } from './rules/primary.ts';
import { insidersOf } from './insiders.ts';

export interface Term {
  index: number;
  coefficient: number;
}

export interface SensitiveItem {
  key: string;
  measure: string;
  derived: boolean;
  value: number;
  rule: PrimaryRule;
  protection: ProtectionLevels;
  /** The item as sum(coefficient * cell); a cell is one term with coefficient 1. */
  terms: Term[];
  /**
   * The item's own terms and the single-contributor cells that provably
   * share an enterprise group with one of them.
   */
  insiders: Set<number>;
}

/**
 * Finds every sensitive item of a problem, in a deterministic order: cells
 * in problem order, then derived quantities in problem order. Derived
 * quantities are skipped when the policy turns time differencing off.
 */
export function findSensitiveItems(problem: ProtectionProblem, system: LinearSystem, policy: Policy): SensitiveItem[] {
  const items: SensitiveItem[] = [];

  problem.cells.forEach((cell, index) => {
    const verdict = applyPrimaryRules(cell, policy);
    if (!verdict) return;
    const terms = [{ index, coefficient: 1 }];
    items.push({ key: cell.key, measure: cell.measure, derived: false, value: cell.value, ...verdict, terms, insiders: insidersOf(system, terms) });
  });

  if (!policy.secondary_suppression.time_differencing) return items;

  for (const derived of problem.derived) {
    const verdict = applyPrimaryRules(derived, policy);
    if (!verdict) continue;
    const terms = derived.terms.map((term) => ({ index: system.indexOf.get(term.key)!, coefficient: term.coefficient }));
    items.push({ key: derived.key, measure: derived.measure, derived: true, value: derived.value, ...verdict, terms, insiders: insidersOf(system, terms) });
  }
  return items;
}

/**
 * The disclosure-control engine: primary suppression by the policy's rules,
 * secondary suppression across every linked table of a measure, and the
 * linear-programming audit that proves the result. It fails closed: any item
 * it cannot protect, or any audit failure, throws and nothing is returned.
 */
import type { Policy } from '../schema.ts';
import { auditItems } from './audit.ts';
import { measureInformationLoss } from './information-loss.ts';
import { buildLinearSystem, type LinearSystem } from './linear-system.ts';
import type { AuditEntry, ProtectionProblem, ProtectionResult, SuppressionReason } from './problem.ts';
import { suppressSecondary } from './secondary.ts';
import { findSensitiveItems, type SensitiveItem } from './sensitive-items.ts';
import { loadSolver } from './solver.ts';
import { validateDistinctKeys, validateProblem } from './validate.ts';

export interface ProtectOptions {
  /** Receives one line per step, with counts and durations; never a cell value. */
  log?: (line: string) => void;
}

/**
 * Protects every problem of an edition, one measure each. Returns the
 * withheld cells with the first rule that withheld each one, the per-rule
 * counts, the audit of every sensitive item and the information loss.
 * Throws when an input is invalid, an item cannot be protected or the audit fails.
 */
export async function protect(problems: ProtectionProblem[], policy: Policy, options: ProtectOptions = {}): Promise<ProtectionResult> {
  const log = options.log ?? (() => {});
  validateDistinctKeys(problems);
  const highs = await loadSolver();

  const suppressed = new Map<string, SuppressionReason>();
  const audit: AuditEntry[] = [];
  const disclosedEarlier: string[] = [];
  for (const problem of problems) {
    const started = performance.now();
    const { system, items, disclosedEarlier: disclosed } = prepare(problem, policy);
    const flags = new Uint8Array(system.cells.length);
    if (disclosed.length > 0) {
      log(`earlier editions for ${system.label}: ${disclosed.length} sensitive items were already published at their present values and stay published`);
      disclosedEarlier.push(...disclosed);
    }

    const primary = applyPrimarySuppression(system, items, flags, suppressed);
    log(`primary suppression for ${system.label}: ${primary} of ${system.cells.length} cells withheld, ${items.filter((item) => item.derived).length} sensitive changes`);
    const carried = carryEarlierSuppression(system, problem, flags, suppressed);
    if (carried > 0) log(`earlier editions for ${system.label}: ${carried} cells withheld again`);

    const { added: secondary, entries } = suppressSecondary(highs, system, items, flags, log);
    flags.forEach((flag, index) => {
      if (flag && !suppressed.has(system.cells[index].key)) suppressed.set(system.cells[index].key, 'secondary');
    });
    requireKnownCellsPublished(system, flags);
    requirePassed(system, entries);
    audit.push(...entries);
    log(`audit for ${system.label}: ${entries.length} sensitive items passed, ${secondary} cells withheld by secondary suppression, ${Math.round(performance.now() - started)} ms`);
  }

  return {
    suppressed,
    counts: countReasons(suppressed),
    audit,
    informationLoss: measureInformationLoss(problems.flatMap((problem) => problem.cells), suppressed),
    disclosedEarlier,
  };
}

/**
 * Audits a suppression pattern of one problem on its own: returns one entry
 * per primary-sensitive cell and sensitive derived quantity, passed or not.
 * Throws when the problem is invalid or a key is not one of its cells.
 */
export async function auditProtection(problem: ProtectionProblem, suppressedKeys: Iterable<string>, policy: Policy): Promise<AuditEntry[]> {
  const highs = await loadSolver();
  const { system, items } = prepare(problem, policy);

  const flags = new Uint8Array(system.cells.length);
  for (const key of suppressedKeys) {
    const index = system.indexOf.get(key);
    if (index === undefined) throw new Error(`Measure ${system.label}: suppressed cell ${JSON.stringify(key)} is not found among the cells`);
    flags[index] = 1;
  }
  return auditItems(highs, system, items, flags);
}

/**
 * Validates a problem and finds its sensitive items. An item whose every cell
 * an earlier edition published at its present value is already public:
 * nothing withheld now can protect it, so it is returned apart, for the
 * publisher's report, instead of failing every later build.
 */
function prepare(problem: ProtectionProblem, policy: Policy): { system: LinearSystem; items: SensitiveItem[]; disclosedEarlier: string[] } {
  const label = measureLabel(problem);
  validateProblem(problem, label);
  const system = buildLinearSystem(problem, label);

  const items: SensitiveItem[] = [];
  const disclosedEarlier: string[] = [];
  for (const item of findSensitiveItems(problem, system, policy)) {
    if (item.terms.every((term) => system.knownEarlier[term.index])) disclosedEarlier.push(item.key);
    else items.push(item);
  }
  return { system, items, disclosedEarlier };
}

/** Names a problem by the measures of its cells, for messages and logs. */
function measureLabel(problem: ProtectionProblem): string {
  const measures = [...new Set(problem.cells.map((cell) => cell.measure))];
  return measures.length > 0 ? measures.join('+') : '(no cells)';
}

function applyPrimarySuppression(system: LinearSystem, items: readonly SensitiveItem[], flags: Uint8Array, suppressed: Map<string, SuppressionReason>): number {
  let count = 0;
  for (const item of items) {
    if (item.derived) continue;
    const index = item.terms[0].index;
    flags[index] = 1;
    suppressed.set(system.cells[index].key, item.rule);
    count++;
  }
  return count;
}

/** Withholds again the cells an earlier edition withheld; returns how many were not withheld already. */
function carryEarlierSuppression(system: LinearSystem, problem: ProtectionProblem, flags: Uint8Array, suppressed: Map<string, SuppressionReason>): number {
  let count = 0;
  for (const key of problem.withheldInEarlierEditions ?? []) {
    const index = system.indexOf.get(key)!;
    if (flags[index]) continue;
    flags[index] = 1;
    suppressed.set(key, 'secondary');
    count++;
  }
  return count;
}

/**
 * Fails when a cell an earlier edition published is withheld now: the
 * attacker already has its value, so the audit's intervals would be wrong.
 */
function requireKnownCellsPublished(system: LinearSystem, flags: Uint8Array): void {
  const withheld = system.cells.filter((_, index) => flags[index] && system.knownEarlier[index]).map((cell) => cell.key);
  if (withheld.length === 0) return;
  throw new Error(
    `Measure ${system.label}: ${withheld.length} cells published at the same value in an earlier edition would be withheld now, the first being ${JSON.stringify(withheld[0])}; withholding them cannot protect anything`,
  );
}

function requirePassed(system: LinearSystem, entries: readonly AuditEntry[]): void {
  const failed = entries.filter((entry) => !entry.passed);
  if (failed.length === 0) return;
  throw new Error(`Measure ${system.label} (${system.cells.length} cells): the audit failed for ${failed.length} sensitive items, the first being ${JSON.stringify(failed[0].key)}`);
}

function countReasons(suppressed: ReadonlyMap<string, SuppressionReason>): Record<SuppressionReason, number> {
  const counts: Record<SuppressionReason, number> = { threshold: 0, p_percent: 0, dominance: 0, secondary: 0 };
  for (const reason of suppressed.values()) counts[reason]++;
  return counts;
}

/**
 * Which single-contributor cells count as attackers of a sensitive item.
 *
 * The only contributor of a cell knows its value exactly, and can use it to
 * narrow a neighbouring withheld figure. The audit treats each such owner as
 * an attacker, one at a time, unless the owner is a contributor of the item
 * itself: the rule's protection levels already allow for what a contributor
 * knows of its own cell. An owner is known to contribute to the item when its
 * cell is one of the item's terms, lies below one of them in a hierarchy
 * (its value is part of the term), or provably shares its enterprise group
 * with a cell that is or lies below a term.
 *
 * Only owners of cells linked to one of the item's terms through
 * additivities, which in an edition means cells of the same quarter, are
 * attackers. NOTE: an owner's knowledge carried to another quarter by an
 * ordering (earlier <= later) is not modelled. Across quarters the owner of
 * a withheld cell is usually a contributor of the item's own series, whose
 * knowledge the rule's protection levels already cover, and treating it as
 * an attacker made ordinary items impossible to protect.
 */
import type { LinearSystem } from './linear-system.ts';
import type { ProtectionProblem } from './problem.ts';
import type { SensitiveItem, Term } from './sensitive-items.ts';
import { UnionFind } from './union-find.ts';

/** Returns whether a cell has exactly one contributor, whose value its owner therefore knows exactly. */
export function isSingleton(system: Pick<LinearSystem, 'cells'>, index: number): boolean {
  return system.cells[index].contributors === 1;
}

/** Returns the single-contributor attackers of `item` among `cells`, in ascending order. */
export function findSingletonAttackers(system: LinearSystem, item: SensitiveItem, cells: readonly number[]): number[] {
  return cells.filter((cell) => isSingletonAttacker(system, item, cell));
}

/** Returns whether the sole contributor of `cell` is an attacker of `item`, as described above. */
export function isSingletonAttacker(system: LinearSystem, item: SensitiveItem, cell: number): boolean {
  if (!isSingleton(system, cell)) return false;
  const component = system.additivityComponentOf[cell];
  if (!item.terms.some((term) => system.additivityComponentOf[term.index] === component)) return false;
  for (const member of system.ownerGroupOf.get(cell) ?? [cell]) {
    if (item.insiders.has(member)) return false;
    const ancestors = ancestorsOf(system, member);
    if (item.terms.some((term) => ancestors.has(term.index))) return false;
  }
  return true;
}

/**
 * Groups single-contributor cells that provably share their contributor, and
 * returns each grouped cell's group:
 *  - a single-contributor total and its single-contributor parts, because the
 *    one enterprise group behind the total is behind every non-empty part;
 *  - the two single-contributor cells of a change later - earlier with at
 *    most one contributor, because different groups A and B would both have
 *    changed (A from its value to 0, B from 0 to its value), giving two.
 */
export function groupSoleContributors(problem: ProtectionProblem, system: Pick<LinearSystem, 'cells' | 'indexOf'>): Map<number, number[]> {
  const owners = new UnionFind(system.cells.length);
  for (const additivity of problem.additivities) {
    const total = system.indexOf.get(additivity.total)!;
    if (!isSingleton(system, total)) continue;
    for (const key of additivity.parts) {
      const part = system.indexOf.get(key)!;
      if (isSingleton(system, part)) owners.union(total, part);
    }
  }

  for (const derived of problem.derived) {
    if (derived.contributors > 1 || !isDifference(derived.terms)) continue;
    const [first, second] = derived.terms.map((term) => system.indexOf.get(term.key)!);
    if (isSingleton(system, first) && isSingleton(system, second)) owners.union(first, second);
  }

  const members = new Map<number, number[]>();
  for (let index = 0; index < system.cells.length; index++) {
    if (!isSingleton(system, index)) continue;
    const root = owners.find(index);
    let group = members.get(root);
    if (!group) members.set(root, (group = []));
    group.push(index);
  }

  const groupOf = new Map<number, number[]>();
  for (const group of members.values()) {
    if (group.length < 2) continue;
    for (const index of group) groupOf.set(index, group);
  }
  return groupOf;
}

/** Returns the terms of an item and every cell grouped with one of them. */
export function insidersOf(system: LinearSystem, terms: readonly Term[]): Set<number> {
  const insiders = new Set<number>();
  for (const term of terms) {
    insiders.add(term.index);
    for (const member of system.ownerGroupOf.get(term.index) ?? []) insiders.add(member);
  }
  return insiders;
}

function isDifference(terms: readonly { coefficient: number }[]): boolean {
  return terms.length === 2 && terms[0].coefficient === -terms[1].coefficient && Math.abs(terms[0].coefficient) === 1;
}

const ancestorCache = new WeakMap<LinearSystem, Map<number, Set<number>>>();

/** Returns every cell above `cell` in the additivities: the totals it is part of, their totals, and so on. */
function ancestorsOf(system: LinearSystem, cell: number): Set<number> {
  let cache = ancestorCache.get(system);
  if (!cache) ancestorCache.set(system, (cache = new Map()));
  const cached = cache.get(cell);
  if (cached) return cached;

  const ancestors = new Set<number>();
  const stack = [...system.parentsOf[cell]];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    if (ancestors.has(parent)) continue;
    ancestors.add(parent);
    stack.push(...system.parentsOf[parent]);
  }
  cache.set(cell, ancestors);
  return ancestors;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditProtection, protect } from '../../policy/engine/protect.ts';
import { loadPolicy } from '../../policy/schema.ts';
import { changeOf, failingKeys, problemOf, safeCell, singletonCell, sumOf } from './policy-fixtures.ts';
import { buildHierarchyProblem, hierarchySpec } from './policy-hierarchy.ts';

const policy = loadPolicy();

describe('protect() results', () => {
  const bess = singletonCell('q1|_A|bess', 40);
  const wind = safeCell('q1|_A|wind', 10);
  const solar = safeCell('q1|_A|solar', 50);
  const empty = safeCell('q1|_A|chp', 0);
  const total = safeCell('q1|_A|all', 100);
  const problem = problemOf([bess, wind, solar, empty, total], [sumOf(total, [bess, wind, solar, empty])]);

  it('publishes an empty cell beside a singleton', async () => {
    const result = await protect([problem], policy);
    expect(['threshold', 'p_percent', 'dominance']).not.toContain(result.suppressed.get(empty.key));
    expect(result.counts.threshold).toBe(1);
  });

  it('counts every withheld cell once', async () => {
    const result = await protect([problem], policy);
    const counted = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
    expect(counted).toBe(result.suppressed.size);
  });

  it('reports the information loss per measure', async () => {
    const result = await protect([problem], policy);
    const [loss] = result.informationLoss;
    const withheld = [...result.suppressed.keys()];
    const withheldValue = problem.cells.filter((cell) => withheld.includes(cell.key)).reduce((sum, cell) => sum + cell.value, 0);
    expect(loss.cells).toBe(5);
    expect(loss.suppressedCells).toBe(withheld.length);
    expect(loss.cellShare).toBeCloseTo(withheld.length / 5);
    expect(loss.totalValue).toBe(200);
    expect(loss.suppressedValue).toBeCloseTo(withheldValue);
    expect(loss.valueShare).toBeCloseTo(withheldValue / 200);
  });

  it('audits every primary-sensitive cell', async () => {
    const result = await protect([problem], policy);
    expect(result.audit.map((entry) => entry.key)).toEqual([bess.key]);
    expect(result.audit[0].passed).toBe(true);
    expect(result.audit[0].interval[0]).toBeLessThanOrEqual(40 - 8);
    expect(result.audit[0].interval[1]).toBeGreaterThanOrEqual(40 + 8);
  });

  it('protects a frequency singleton by one unit', async () => {
    const count = singletonCell('q1|_A|assets|bess', 2, 'frequency');
    const others = safeCell('q1|_A|assets|solar', 10, 'frequency');
    const more = safeCell('q1|_A|assets|wind', 5, 'frequency');
    const all = safeCell('q1|_A|assets|all', 17, 'frequency');
    const counts = problemOf([count, others, more, all], [sumOf(all, [count, others, more])]);
    const result = await protect([counts], policy);
    expect(result.audit[0].protection).toEqual({ lower: 1, upper: 1 });
    expect(failingKeys(await auditProtection(counts, result.suppressed.keys(), policy))).toEqual([]);
  });

  it('ignores changes when time differencing is off', async () => {
    const earlier = safeCell('q1|all', 100);
    const later = safeCell('q2|all', 112);
    const changes = problemOf([earlier, later], [], [changeOf(later, earlier, 1, [12])]);
    const off = { ...policy, secondary_suppression: { ...policy.secondary_suppression, time_differencing: false } };
    const result = await protect([changes], off);
    expect(result.suppressed.size).toBe(0);
    expect(result.audit).toEqual([]);
  });

  it('logs each step', async () => {
    const lines: string[] = [];
    await protect([problem], policy, { log: (line) => lines.push(line) });
    expect(lines.some((line) => line.startsWith('primary suppression for registered_capacity_mw'))).toBe(true);
    expect(lines.some((line) => line.startsWith('audit for registered_capacity_mw'))).toBe(true);
  });
});

describe('protect() determinism', () => {
  it('gives the same result twice', async () => {
    const [spec] = fc.sample(hierarchySpec, { seed: 7, numRuns: 1 });
    const problem = buildHierarchyProblem(spec);
    const first = await protect([problem], policy);
    const second = await protect([problem], policy);
    expect([...second.suppressed]).toEqual([...first.suppressed]);
    expect(second.audit).toEqual(first.audit);
  });
});

describe('protect() failing closed', () => {
  it('names the measure when nothing can protect an item', async () => {
    // a = b always, so the change a - b is always 0: no suppression hides it.
    const a = safeCell('q2|a', 50);
    const b = safeCell('q1|b', 50);
    const change = { ...changeOf(a, b, 2, [5, 5]), key: 'a-b' };
    const problem = problemOf([a, b], [{ total: a.key, parts: [b.key] }], [change]);
    await expect(protect([problem], policy)).rejects.toThrow(/Measure registered_capacity_mw \(2 cells\): no complementary suppression can protect "a-b"/);
  });

  it('rejects an additivity that does not hold', async () => {
    const problem = problemOf([safeCell('x', 10), safeCell('y', 4)], [{ total: 'x', parts: ['y'] }]);
    await expect(protect([problem], policy)).rejects.toThrow(/total 10 differs from the sum of its parts 4/);
  });

  it('rejects an unknown key', async () => {
    const problem = problemOf([safeCell('x', 10)], [{ total: 'x', parts: ['missing'] }]);
    await expect(protect([problem], policy)).rejects.toThrow(/cell "missing" is not found/);
  });

  it('rejects a negative cell value', async () => {
    await expect(protect([problemOf([safeCell('x', -1)], [])], policy)).rejects.toThrow(/value -1 is invalid/);
  });

  it('rejects contributions out of order', async () => {
    const cell = { ...safeCell('x', 10), largest: [1, 5, 4] };
    await expect(protect([problemOf([cell], [])], policy)).rejects.toThrow(/not in descending order/);
  });

  it('rejects a change that disagrees with its cells', async () => {
    const earlier = safeCell('q1', 10);
    const later = safeCell('q2', 12);
    const change = { ...changeOf(later, earlier, 1, [3]), value: 3 };
    await expect(protect([problemOf([earlier, later], [], [change])], policy)).rejects.toThrow(/value 3 differs from 2/);
  });

  it('rejects a key shared by two problems', async () => {
    await expect(protect([problemOf([safeCell('x', 1)], []), problemOf([safeCell('x', 1)], [])], policy)).rejects.toThrow(/appears in two protection problems/);
  });

  it('rejects an unknown suppressed key in the audit', async () => {
    await expect(auditProtection(problemOf([safeCell('x', 1)], []), ['y'], policy)).rejects.toThrow(/suppressed cell "y" is not found/);
  });
});

describe('audit of an unbounded change', () => {
  // The first quarter is withheld whole, so nothing bounds a from above and
  // its change has no minimum for an outsider. b did not change, so its two
  // quarter-ends have one owner, an insider the audit models too. c is new.
  const a1 = singletonCell('q1|a', 10);
  const b1 = singletonCell('q1|b', 5);
  const t1 = safeCell('q1|all', 15);
  const c1 = safeCell('q1|c', 0);
  const a2 = singletonCell('q2|a', 12);
  const b2 = singletonCell('q2|b', 5);
  const c2 = singletonCell('q2|c', 11);
  const t2 = safeCell('q2|all', 28);
  const changes = [changeOf(a2, a1, 1, [2]), changeOf(b2, b1, 0, []), changeOf(c2, c1, 1, [11])];
  const problem = problemOf([a1, b1, c1, t1, a2, b2, c2, t2], [sumOf(t1, [a1, b1, c1]), sumOf(t2, [a2, b2, c2])], changes);

  it('passes with an insider in the model', async () => {
    const entries = await auditProtection(problem, [a1, b1, c1, t1, a2, b2, c2].map((cell) => cell.key), policy);
    const change = entries.find((entry) => entry.key === `${a2.key}|change`);

    expect(change?.interval[0]).toBe(-Infinity);
    expect(failingKeys(entries)).toEqual([]);
  });
});

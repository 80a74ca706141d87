/**
 * Named attacks on published tables. Each one recovers or narrows a
 * sensitive figure when only the primary suppressions are withheld, and
 * fails against what protect() withholds.
 */
import { describe, expect, it } from 'vitest';
import { auditProtection, protect } from '../../policy/engine/protect.ts';
import type { ProtectionProblem } from '../../policy/engine/problem.ts';
import { loadPolicy } from '../../policy/schema.ts';
import { cellWith, changeOf, failingKeys, primaryKeys, problemOf, safeCell, singletonCell, sumOf } from './policy-fixtures.ts';

const policy = loadPolicy();

/** Audits the problem with only its primary-sensitive cells withheld. */
async function auditNaive(problem: ProtectionProblem) {
  const unprotected = await auditProtection(problem, [], policy);
  return auditProtection(problem, primaryKeys(unprotected), policy);
}

async function protectAndAudit(problem: ProtectionProblem) {
  const result = await protect([problem], policy);
  const entries = await auditProtection(problem, result.suppressed.keys(), policy);
  return { result, entries };
}

describe('attack: recovery from a row total', () => {
  // One GSP group: BESS is a single enterprise group's 40 MW; the rest and the total are published.
  const bess = singletonCell('q1|_A|bess', 40);
  const solar = safeCell('q1|_A|solar', 30);
  const wind = safeCell('q1|_A|wind', 20);
  const chp = safeCell('q1|_A|chp', 10);
  const total = safeCell('q1|_A|all', 100);
  const problem = problemOf([bess, solar, wind, chp, total], [sumOf(total, [bess, solar, wind, chp])]);

  it('recovers the cell under primary suppression', async () => {
    const entries = await auditNaive(problem);
    expect(failingKeys(entries)).toEqual([bess.key]);
    expect(entries[0].interval).toEqual([40, 40]);
  });

  it('fails against protect()', async () => {
    const { result, entries } = await protectAndAudit(problem);
    expect(failingKeys(entries)).toEqual([]);
    expect(result.suppressed.get(bess.key)).toBe('threshold');
    expect(result.counts.secondary).toBeGreaterThanOrEqual(1);
  });
});

describe('attack: two singletons in one row', () => {
  // Each singleton's interval is wide for an outsider, but the owner of one
  // knows its own value and subtracts it from the withheld pair.
  const bess = singletonCell('q1|_B|bess', 50);
  const solar = singletonCell('q1|_B|solar', 45);
  const wind = safeCell('q1|_B|wind', 30);
  const chp = safeCell('q1|_B|chp', 25);
  const total = safeCell('q1|_B|all', 150);
  const problem = problemOf([bess, solar, wind, chp, total], [sumOf(total, [bess, solar, wind, chp])]);

  it('lets one owner recover the other under primary suppression', async () => {
    const entries = await auditNaive(problem);
    expect(failingKeys(entries).sort()).toEqual([bess.key, solar.key].sort());
  });

  it('fails against protect()', async () => {
    const { result, entries } = await protectAndAudit(problem);
    expect(failingKeys(entries)).toEqual([]);
    expect(result.suppressed.size).toBeGreaterThanOrEqual(3);
  });

  it('ignores an owner of the same group', async () => {
    // A single-contributor total means both parts belong to its one group.
    const first = singletonCell('q1|_C|bess', 50);
    const second = singletonCell('q1|_C|solar', 45);
    const rowTotal = singletonCell('q1|_C|all', 95);
    const entries = await auditProtection(problemOf([first, second, rowTotal], [sumOf(rowTotal, [first, second])]), [first.key, second.key, rowTotal.key], policy);
    expect(failingKeys(entries)).toEqual([]);
  });
});

describe('attack: differencing cumulative stocks', () => {
  // Capacity in GB by quarter; in q2 one enterprise group alone added 12 MW.
  const bess1 = safeCell('q1|bess', 60);
  const solar1 = safeCell('q1|solar', 25);
  const wind1 = safeCell('q1|wind', 15);
  const total1 = safeCell('q1|all', 100);
  const bess2 = safeCell('q2|bess', 72);
  const solar2 = safeCell('q2|solar', 25);
  const wind2 = safeCell('q2|wind', 15);
  const total2 = safeCell('q2|all', 112);
  const cells = [bess1, solar1, wind1, total1, bess2, solar2, wind2, total2];
  const additivities = [sumOf(total1, [bess1, solar1, wind1]), sumOf(total2, [bess2, solar2, wind2])];
  const derived = [changeOf(bess2, bess1, 1, [12]), changeOf(total2, total1, 1, [12])];
  const orderings = [
    { lower: bess1.key, upper: bess2.key },
    { lower: total1.key, upper: total2.key },
  ];
  const problem = problemOf(cells, additivities, derived, orderings);

  it('recovers the change under primary suppression', async () => {
    const entries = await auditNaive(problem);
    expect(entries.every((entry) => entry.derived)).toBe(true);
    expect(failingKeys(entries).sort()).toEqual([`${bess2.key}|change`, `${total2.key}|change`].sort());
    expect(entries[0].interval).toEqual([12, 12]);
  });

  it('fails against protect()', async () => {
    const { result, entries } = await protectAndAudit(problem);
    expect(failingKeys(entries)).toEqual([]);
    expect(result.counts.secondary).toBeGreaterThanOrEqual(2);
    expect(result.counts.threshold).toBe(0);
  });
});

describe('attack: two tables sharing a margin', () => {
  // Table A, capacity by technology: BESS 50 (one group) and CHP 5. Table B,
  // the same total by validation status. Protected alone, table A has to
  // withhold its total, because CHP cannot fall by the 10 MW BESS needs.
  // Table B publishes that total as the sum of its two statuses.
  const bess = singletonCell('q1|_D|bess', 50);
  const chp = safeCell('q1|_D|chp', 5);
  const total = safeCell('q1|_D|all', 55);
  const verified = safeCell('q1|_D|verified', 35);
  const pending = safeCell('q1|_D|pending', 20);
  const tableA = sumOf(total, [bess, chp]);
  const tableB = sumOf(total, [verified, pending]);
  const linked = problemOf([bess, chp, total, verified, pending], [tableA, tableB]);

  it('recovers the cell when table A is protected alone', async () => {
    const alone = await protect([problemOf([bess, chp, total], [tableA])], policy);
    expect(alone.suppressed.has(total.key)).toBe(true);
    const entries = await auditProtection(linked, alone.suppressed.keys(), policy);
    expect(failingKeys(entries)).toEqual([bess.key]);
  });

  it('fails against protect() of both tables', async () => {
    const { result, entries } = await protectAndAudit(linked);
    expect(failingKeys(entries)).toEqual([]);
    expect(result.suppressed.has(verified.key) || result.suppressed.has(pending.key)).toBe(true);
  });
});

describe('attack: a category class that adds up its categories', () => {
  // Hydro is one group's 12 MW. Protected alone, the table by category
  // withholds hydro and BESS, the cheapest complement. The table by category
  // class publishes renewable generation, which is solar + wind + hydro.
  const bess = safeCell('q1|GB|bess', 20);
  const solar = safeCell('q1|GB|solar', 40);
  const wind = safeCell('q1|GB|wind', 35);
  const hydro = singletonCell('q1|GB|hydro', 12);
  const all = safeCell('q1|GB|all', 107);
  const storage = safeCell('q1|GB|class=storage', 20);
  const renewable = safeCell('q1|GB|class=renewable', 87);
  const byCategory = sumOf(all, [bess, solar, wind, hydro]);
  const hierarchy = [sumOf(storage, [bess]), sumOf(renewable, [solar, wind, hydro]), sumOf(all, [storage, renewable])];
  const linked = problemOf([bess, solar, wind, hydro, all, storage, renewable], [byCategory, ...hierarchy]);

  it('recovers the cell when the table by category is protected alone', async () => {
    const alone = await protect([problemOf([bess, solar, wind, hydro, all], [byCategory])], policy);
    expect(alone.suppressed.has(bess.key)).toBe(true);
    const entries = await auditProtection(linked, alone.suppressed.keys(), policy);
    expect(failingKeys(entries)).toContain(hydro.key);
  });

  it('fails against protect() of the whole hierarchy', async () => {
    const { result, entries } = await protectAndAudit(linked);
    expect(failingKeys(entries)).toEqual([]);
    expect(result.suppressed.get(hydro.key)).toBe('threshold');
    expect(result.suppressed.has(solar.key) || result.suppressed.has(wind.key) || result.suppressed.has(renewable.key)).toBe(true);
  });
});

describe('attack: dominant contributor in a large cell', () => {
  // 20 groups own Solar in _E, but one holds 900 of its 1000 MW.
  const solar = cellWith('q1|_E|solar', 1000, 20, [900, 10, 10]);
  const wind = safeCell('q1|_E|wind', 400);
  const bess = safeCell('q1|_E|bess', 300);
  const total = safeCell('q1|_E|all', 1700);
  const problem = problemOf([solar, wind, bess, total], [sumOf(total, [solar, wind, bess])]);

  it('recovers the cell under primary suppression', async () => {
    const entries = await auditNaive(problem);
    expect(failingKeys(entries)).toEqual([solar.key]);
    expect(entries[0].rule).toBe('dominance');
  });

  it('fails against protect()', async () => {
    const { result, entries } = await protectAndAudit(problem);
    expect(failingKeys(entries)).toEqual([]);
    expect(result.suppressed.get(solar.key)).toBe('dominance');
    // Dominance needs 910 / 0.85 - 1000 = 70.6 MW of protection: a partner big enough to give it.
    expect(result.counts.secondary).toBe(1);
  });
});

describe('attack: differencing against the previous edition', () => {
  // The previous edition published A (one owner, 5 MW) as [c] with B as its
  // complement, and published C = 30 and the total 55. Since then C was
  // revised to 10, so C is now the cheapest complement; B is unchanged.
  const previousTotal = 55;
  const previousC = 30;
  const a = singletonCell('q1|_C|bess', 5);
  const b = safeCell('q1|_C|solar', 20);
  const c = safeCell('q1|_C|wind', 10);
  const total = safeCell('q1|_C|all', 35);
  const problem = problemOf([a, b, c, total], [sumOf(total, [a, b, c])]);

  it('recovers A when this edition publishes B', async () => {
    const result = await protect([problem], policy);
    expect(result.suppressed.has(b.key)).toBe(false);
    expect(previousTotal - previousC - b.value).toBe(a.value);
  });

  it('fails when earlier withheld cells stay withheld', async () => {
    const result = await protect([{ ...problem, withheldInEarlierEditions: [a.key, b.key] }], policy);
    expect(result.suppressed.has(a.key)).toBe(true);
    expect(result.suppressed.has(b.key)).toBe(true);
  });
});

describe('cells published in an earlier edition', () => {
  // The total and wind were published before at these values: the attacker
  // knows them, so the complement must be solar.
  const bess = singletonCell('q1|_D|bess', 40);
  const solar = safeCell('q1|_D|solar', 60);
  const wind = safeCell('q1|_D|wind', 20);
  const total = safeCell('q1|_D|all', 120);
  const problem = problemOf([bess, solar, wind, total], [sumOf(total, [bess, solar, wind])]);

  it('are never chosen as complements', async () => {
    const naive = await protect([problem], policy);
    expect(naive.suppressed.has(wind.key)).toBe(true);

    const result = await protect([{ ...problem, knownFromEarlierEditions: [wind.key, total.key] }], policy);
    expect(result.suppressed.has(wind.key)).toBe(false);
    expect(result.suppressed.has(solar.key)).toBe(true);
  });

  it('stop the build when one must be withheld', async () => {
    const known = { ...problem, knownFromEarlierEditions: [wind.key, solar.key, total.key] };
    await expect(protect([known], policy)).rejects.toThrow(/no complementary suppression can protect "q1\|_D\|bess".*3 of the cells linked to it were published/);
  });

  it('must be cells of the problem', async () => {
    await expect(protect([{ ...problem, knownFromEarlierEditions: ['q9|nowhere'] }], policy)).rejects.toThrow(/"q9\|nowhere" of an earlier edition is not found/);
  });
});

describe('a correction after an earlier edition', () => {
  // Categories wind and hydro form the class "renewable", EV charging and
  // heat pumps the class "demand", and the two classes add up to the total.
  // Heat pumps have one owner. A correction raised wind after the earlier
  // edition, so wind, both classes and the total are revised: the attacker
  // knows only their old values. Hydro and EV charging are unchanged and
  // known. The cheapest verified rectangle for heat pumps (heat pumps, wind,
  // EV charging, hydro) needs two known cells; the revised demand class and
  // total hide heat pumps instead.
  const wind = safeCell('q1|_G|wind', 230);
  const hydro = safeCell('q1|_G|hydro', 80);
  const evCharging = safeCell('q1|_G|ev_charging', 10);
  const heatPumps = singletonCell('q1|_G|heat_pump', 8);
  const renewable = safeCell('q1|_G|class=renewable', 310);
  const demand = safeCell('q1|_G|class=demand', 18);
  const total = safeCell('q1|_G|all', 328);
  const problem = problemOf(
    [wind, hydro, evCharging, heatPumps, renewable, demand, total],
    [
      sumOf(total, [wind, hydro, evCharging, heatPumps]),
      sumOf(total, [renewable, demand]),
      sumOf(renewable, [wind, hydro]),
      sumOf(demand, [evCharging, heatPumps]),
    ],
  );
  const corrected = { ...problem, knownFromEarlierEditions: [hydro.key, evCharging.key] };

  it('withholds revised cells, not known ones', async () => {
    const result = await protect([corrected], policy);
    expect(result.suppressed.has(heatPumps.key)).toBe(true);
    expect(result.suppressed.has(hydro.key)).toBe(false);
    expect(result.suppressed.has(evCharging.key)).toBe(false);
    expect(result.suppressed.has(demand.key)).toBe(true);

    const entries = await auditProtection(corrected, result.suppressed.keys(), policy);
    expect(failingKeys(entries)).toEqual([]);
  });

  it('fails, naming known cells, when nothing hides it', async () => {
    const known = { ...problem, knownFromEarlierEditions: [hydro.key, evCharging.key, demand.key] };
    await expect(protect([known], policy)).rejects.toThrow(/"q1\|_G\|heat_pump".*3 of the cells linked to it were published at their present values in an earlier edition/);
  });
});

describe('empty cells', () => {
  // Heat pumps hold no asset here: withholding them would show [c] for a
  // known zero, so the complement must be a cell with contributors.
  const bess = singletonCell('q1|_E|bess', 40);
  const heatPumps = cellWith('q1|_E|heat_pump', 0, 0, []);
  const solar = safeCell('q1|_E|solar', 70);
  const total = safeCell('q1|_E|all', 110);
  const problem = problemOf([bess, heatPumps, solar, total], [sumOf(total, [bess, heatPumps, solar])]);

  it('are not chosen as complements when another cell will do', async () => {
    const { result, entries } = await protectAndAudit(problem);
    expect(failingKeys(entries)).toEqual([]);
    expect(result.suppressed.has(heatPumps.key)).toBe(false);
    expect(result.suppressed.has(solar.key) || result.suppressed.has(total.key)).toBe(true);
  });
});

describe('a sensitive cell an earlier edition published', () => {
  // The cell became sensitive after its owners changed, but its value did
  // not: the earlier edition already made it public, so it stays published.
  const bess = singletonCell('q1|_F|bess', 40);
  const solar = safeCell('q1|_F|solar', 60);
  const total = safeCell('q1|_F|all', 100);
  const problem = problemOf([bess, solar, total], [sumOf(total, [bess, solar])]);

  it('stays published and is reported, without failing the build', async () => {
    const result = await protect([{ ...problem, knownFromEarlierEditions: [bess.key] }], policy);
    expect(result.disclosedEarlier).toEqual([bess.key]);
    expect(result.suppressed.has(bess.key)).toBe(false);
  });
});

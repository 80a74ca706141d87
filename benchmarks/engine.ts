/**
 * Benchmark of the disclosure-control engine on a synthetic edition shaped
 * like the real one: 340 GSPs in 14 GSP groups and GB, by 10 categories and
 * by 3 validation statuses (two tables sharing their all-categories margin),
 * over 4 quarters of cumulative capacity, with the changes between quarters
 * as derived quantities. About 20,000 cells; the contributors are drawn so
 * that about 5% of the cells are primary-sensitive.
 *
 * Run: npx tsx benchmarks/engine.ts [seed]
 * Prints the problem size, the engine's log and the time protect() took.
 */
import { loadPolicy } from '../policy/schema.ts';
import { protect } from '../policy/engine/protect.ts';
import type { Additivity, Cell, DerivedCell, Ordering, ProtectionProblem } from '../policy/engine/problem.ts';

const QUARTERS = ['2025-q1', '2025-q2', '2025-q3', '2025-q4'];
const GSP_GROUPS = 14;
const GSPS = 340;
const CATEGORIES = 10;
const STATUSES = 3;
const MEASURE = 'registered_capacity_mw';

/** One enterprise group's capacity in one GSP, category and status, per quarter (never falling). */
interface Holding {
  gsp: number;
  category: number;
  status: number;
  enterprise: number;
  capacity: number[];
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run measures the same problem. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateHoldings(random: () => number): Holding[] {
  const holdings: Holding[] = [];
  for (let gsp = 0; gsp < GSPS; gsp++) {
    for (let category = 0; category < CATEGORIES; category++) {
      // Mostly many contributors, sometimes one or two: about 5% of cells end up sensitive.
      const roll = random();
      const contributors = roll < 0.025 ? 1 : roll < 0.04 ? 2 : 3 + Math.floor(random() * 10);
      for (let contributor = 0; contributor < contributors; contributor++) {
        const enterprise = Math.floor(random() * 60);
        let capacity = 0.5 + random() * 20;
        const series = QUARTERS.map(() => {
          if (random() < 0.7) capacity += random() * 3;
          return Math.round(capacity * 1000) / 1000;
        });
        holdings.push({ gsp, category, status: Math.floor(random() * STATUSES), enterprise, capacity: series });
      }
    }
  }
  return holdings;
}

/** Accumulates capacity by enterprise group for one cell, then turns it into contributor statistics. */
class Accumulator {
  private readonly byEnterprise = new Map<number, number>();

  add(enterprise: number, amount: number): void {
    this.byEnterprise.set(enterprise, (this.byEnterprise.get(enterprise) ?? 0) + amount);
  }

  statistics(): { value: number; contributors: number; largest: number[] } {
    const contributions = [...this.byEnterprise.values()].filter((amount) => Math.abs(amount) > 1e-9);
    const value = contributions.reduce((sum, amount) => sum + amount, 0);
    const largest = contributions.map(Math.abs).sort((a, b) => b - a).slice(0, 3);
    return { value: Math.abs(value) < 1e-9 ? 0 : value, contributors: contributions.length, largest };
  }
}

function areaKeys(gsp: number): string[] {
  return [`gsp=${gsp}`, `group=${gsp % GSP_GROUPS}`, 'gb'];
}

function columnKeys(holding: Holding): string[] {
  return [`category=${holding.category}`, `status=${holding.status}`, 'all'];
}

function buildProblem(holdings: Holding[]): ProtectionProblem {
  const stocks = new Map<string, Accumulator>();
  const changes = new Map<string, Accumulator>();
  const accumulate = (target: Map<string, Accumulator>, key: string, enterprise: number, amount: number) => {
    let accumulator = target.get(key);
    if (!accumulator) target.set(key, (accumulator = new Accumulator()));
    accumulator.add(enterprise, amount);
  };

  for (const holding of holdings) {
    for (const area of areaKeys(holding.gsp)) {
      for (const column of columnKeys(holding)) {
        QUARTERS.forEach((quarter, q) => {
          accumulate(stocks, `${quarter}|${area}|${column}`, holding.enterprise, holding.capacity[q]);
          if (q > 0) accumulate(changes, `${quarter}|${area}|${column}`, holding.enterprise, holding.capacity[q] - holding.capacity[q - 1]);
        });
      }
    }
  }

  const areas = [...Array.from({ length: GSPS }, (_, gsp) => `gsp=${gsp}`), ...Array.from({ length: GSP_GROUPS }, (_, group) => `group=${group}`), 'gb'];
  const columns = [...Array.from({ length: CATEGORIES }, (_, c) => `category=${c}`), ...Array.from({ length: STATUSES }, (_, s) => `status=${s}`), 'all'];
  const empty = { value: 0, contributors: 0, largest: [] };

  const cells: Cell[] = [];
  for (const quarter of QUARTERS) {
    for (const area of areas) {
      for (const column of columns) {
        const key = `${quarter}|${area}|${column}`;
        cells.push({ key, measure: MEASURE, kind: 'magnitude', ...(stocks.get(key)?.statistics() ?? empty) });
      }
    }
  }

  const additivities: Additivity[] = [];
  for (const quarter of QUARTERS) {
    for (const area of areas) {
      const total = `${quarter}|${area}|all`;
      additivities.push({ total, parts: Array.from({ length: CATEGORIES }, (_, c) => `${quarter}|${area}|category=${c}`) });
      additivities.push({ total, parts: Array.from({ length: STATUSES }, (_, s) => `${quarter}|${area}|status=${s}`) });
    }
    for (const column of columns) {
      for (let group = 0; group < GSP_GROUPS; group++) {
        const members = Array.from({ length: GSPS }, (_, gsp) => gsp).filter((gsp) => gsp % GSP_GROUPS === group);
        additivities.push({ total: `${quarter}|group=${group}|${column}`, parts: members.map((gsp) => `${quarter}|gsp=${gsp}|${column}`) });
      }
      additivities.push({ total: `${quarter}|gb|${column}`, parts: Array.from({ length: GSP_GROUPS }, (_, group) => `${quarter}|group=${group}|${column}`) });
    }
  }

  const derived: DerivedCell[] = [];
  const orderings: Ordering[] = [];
  for (let q = 1; q < QUARTERS.length; q++) {
    for (const area of areas) {
      for (const column of columns) {
        const later = `${QUARTERS[q]}|${area}|${column}`;
        const earlier = `${QUARTERS[q - 1]}|${area}|${column}`;
        orderings.push({ lower: earlier, upper: later });
        // Changes without contributors are listed too: they tell the engine
        // that the two cells of a single-contributor series share their owner.
        const change = changes.get(later)?.statistics() ?? empty;
        derived.push({ key: `${later}|change`, measure: MEASURE, kind: 'magnitude', ...change, terms: [{ key: later, coefficient: 1 }, { key: earlier, coefficient: -1 }] });
      }
    }
  }

  // Changes were summed per holding, so recompute each value from the cells to match them to the last bit.
  const valueOf = new Map(cells.map((cell) => [cell.key, cell.value]));
  for (const change of derived) {
    if (change.contributors > 0) change.value = valueOf.get(change.terms[0].key)! - valueOf.get(change.terms[1].key)!;
  }

  return { cells, additivities, derived, orderings };
}

async function main(): Promise<void> {
  const seed = Number(process.argv[2] ?? 1);
  const policy = loadPolicy();
  const problem = buildProblem(generateHoldings(createRandom(seed)));
  console.log(`synthetic edition, seed ${seed}: ${problem.cells.length} cells, ${problem.additivities.length} additivities, ${problem.derived.length} changes, ${problem.orderings.length} orderings`);

  const started = performance.now();
  const result = await protect([problem], policy, { log: (line) => console.log(`  ${line}`) });
  const elapsed = performance.now() - started;

  const primary = result.counts.threshold + result.counts.p_percent + result.counts.dominance;
  console.log(`primary-sensitive cells: ${primary} (${((100 * primary) / problem.cells.length).toFixed(1)}%), counts ${JSON.stringify(result.counts)}`);
  console.log(`sensitive changes audited: ${result.audit.filter((entry) => entry.derived).length}`);
  for (const loss of result.informationLoss) {
    console.log(`information loss ${loss.measure}: ${loss.suppressedCells} of ${loss.cells} cells (${(100 * loss.cellShare).toFixed(1)}%), ${(100 * loss.valueShare).toFixed(1)}% of value`);
  }
  console.log(`protect(): ${Math.round(elapsed)} ms`);
}

await main();

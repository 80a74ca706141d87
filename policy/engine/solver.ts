/**
 * The HiGHS linear programming solver (highs-js, HiGHS compiled to
 * WebAssembly), loaded once per process and shared by every audit.
 *
 * Models are passed as sparse arrays through the persistent model API rather
 * than as CPLEX LP text: cell keys need no escaping into LP names, and a model
 * can be solved again with a new objective without being parsed again.
 */
import loadHighs, { type Highs, type Model } from 'highs';

let runtime: Promise<Highs> | undefined;

/** Loads the solver on first use and returns the same runtime afterwards. */
export function loadSolver(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

/** One constraint row: lower <= sum(values[i] * x[columns[i]]) <= upper. */
export interface SparseRow {
  columns: number[];
  values: number[];
  lower: number;
  upper: number;
}

/** A linear program with column bounds, costs and sparse rows. Infinite bounds are written as +-Infinity. */
export interface LinearProgram {
  columnLower: number[];
  columnUpper: number[];
  costs: number[];
  rows: SparseRow[];
}

/** Outcome of one optimisation: the objective, or an unbounded direction, and the solution when there is one. */
export interface Optimum {
  status: 'optimal' | 'unbounded' | 'infeasible';
  objective: number;
  columnValues?: Float64Array;
}

/**
 * Simplex settings for a model solved once, and for one solved again and
 * again with a new objective. Presolve is off in both because these models
 * are small. After an objective change the previous basis stays primal
 * feasible, so primal simplex (strategy 4) continues from it. In one
 * measurement (highs-js 1.15.3, a 25-column transportation model, 2000
 * min/max pairs, Node 20 on a 2-core development machine) a re-solve took
 * about 0.05 ms with these settings and 0.18 ms with the defaults.
 */
const SOLVE_ONCE = { output_flag: false, presolve: 'off' } as const;
const SOLVE_AGAIN = { output_flag: false, presolve: 'off', solver: 'simplex', simplex_strategy: 4 } as const;

/**
 * Creates a persistent model of the program, minimising by default, tuned
 * for `reuse`: 'once' or 'again' with new objectives. The caller must
 * dispose the model.
 */
export function createModel(highs: Highs, program: LinearProgram, reuse: 'once' | 'again'): Model {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of program.rows) {
    indices.push(...row.columns);
    values.push(...row.values);
    starts.push(indices.length);
  }

  const model = highs.createModel({
    numCols: program.costs.length,
    numRows: program.rows.length,
    colCost: program.costs,
    colLower: program.columnLower.map((bound) => finite(highs, bound)),
    colUpper: program.columnUpper.map((bound) => finite(highs, bound)),
    rowLower: program.rows.map((row) => finite(highs, row.lower)),
    rowUpper: program.rows.map((row) => finite(highs, row.upper)),
    matrix: { format: 'csr', numRows: program.rows.length, numCols: program.costs.length, starts, indices, values },
  });
  model.options.set(reuse === 'once' ? SOLVE_ONCE : SOLVE_AGAIN);
  return model;
}

/**
 * Solves the model in the given sense. Throws on any outcome other than
 * optimal, unbounded or infeasible, such as a solver error or limit.
 */
export function optimise(highs: Highs, model: Model, sense: 'minimise' | 'maximise', withSolution = false): Optimum {
  const { objectiveSense, modelStatus } = highs.constants;
  model.changeObjectiveSense(sense === 'minimise' ? objectiveSense.minimize : objectiveSense.maximize);
  const { modelStatus: status } = model.run();

  if (status === modelStatus.optimal) {
    const columnValues = withSolution ? model.getSolution().colValue : undefined;
    return { status: 'optimal', objective: model.getObjectiveValue(), columnValues };
  }
  if (status === modelStatus.unbounded || status === modelStatus.unboundedOrInfeasible) {
    return { status: 'unbounded', objective: sense === 'minimise' ? -Infinity : Infinity };
  }
  if (status === modelStatus.infeasible) return { status: 'infeasible', objective: NaN };
  throw new Error(`HiGHS stopped with model status ${status} while solving a disclosure-control linear program`);
}

function finite(highs: Highs, bound: number): number {
  if (bound === Infinity) return highs.infinity;
  if (bound === -Infinity) return -highs.infinity;
  return bound;
}

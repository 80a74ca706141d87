/**
 * Turns the loaded datasets of an edition into the protection problems of
 * the disclosure-control engine, one per measure. Each problem holds the cells
 * of every table that publishes the measure and the totals that link them. It
 * also holds the changes between quarters and the orders an attacker may assume.
 */
import type { LoadedDataset, CellStatistics } from '../../data-loaders/datasets/load.ts';
import { loadedCellKey } from '../../data-loaders/datasets/load.ts';
import type { Additivity, Cell, DerivedCell, Ordering, ProtectionProblem } from '../../policy/engine/problem.ts';

const ZERO: CellStatistics = { value: 0, contributors: 0, largest: [] };

/** Returns the engine's key of a published cell: measure, quarter and the row's coordinates. */
export function cellKey(dataset: LoadedDataset, quarter: string, memberId: string, measure: string): string {
  return coordinatesKey(measure, quarter, dataset.loader.coordinates(memberId));
}

/** Returns the engine's key of the cell at these coordinates, whichever dataset publishes it. */
function coordinatesKey(measure: string, quarter: string, coordinates: Record<string, string>): string {
  const sorted = Object.entries(coordinates)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${value}`);
  return [measure, quarter, ...sorted].join('|');
}

export interface ProblemOptions {
  /**
   * Whether the attacker may assume that a series which did not fall in a
   * quarter never fell: true adds an ordering for every such pair of quarters.
   */
  stockOrderings: boolean;
}

/** Builds one protection problem per measure from every dataset that publishes it. */
export function buildProblems(datasets: readonly LoadedDataset[], options: ProblemOptions = { stockOrderings: false }): ProtectionProblem[] {
  const problems = new Map<string, ProblemBuilder>();
  for (const dataset of datasets) {
    for (const measure of dataset.loader.definition.measures) {
      let builder = problems.get(measure.column);
      if (!builder) problems.set(measure.column, (builder = new ProblemBuilder(options)));
      builder.addDataset(dataset, measure.column, measure.kind);
    }
  }
  return [...problems.values()].map((builder) => builder.problem());
}

class ProblemBuilder {
  private readonly cells = new Map<string, Cell>();
  private readonly additivities = new Map<string, Additivity>();
  private readonly derived = new Map<string, DerivedCell>();
  private readonly orderings = new Map<string, Ordering>();

  constructor(private readonly options: ProblemOptions) {}

  addDataset(dataset: LoadedDataset, measure: string, kind: Cell['kind']): void {
    const { loader, quarters } = dataset;
    const rows = [...loader.members.map((member) => member.id), loader.definition.dimension.total.id];

    for (const quarter of quarters) {
      for (const member of rows) {
        const statistics = dataset.stocks.get(loadedCellKey(quarter.label, member, measure)) ?? ZERO;
        this.addCell({ key: cellKey(dataset, quarter.label, member, measure), measure, kind, ...statistics }, loader.definition.id);
      }
      if (loader.definition.dimension.additive) this.addAdditivity(dataset, quarter.label, measure);
      this.addHierarchy(dataset, quarter.label, measure);
    }

    if (!loader.timeDifferencing) return;
    for (const member of rows) this.addChanges(dataset, member, measure, kind);
  }

  problem(): ProtectionProblem {
    return {
      cells: [...this.cells.values()],
      additivities: [...this.additivities.values()],
      derived: [...this.derived.values()],
      orderings: [...this.orderings.values()],
    };
  }

  /** Adds a cell; a cell another table already published must agree with it. */
  private addCell(cell: Cell, datasetId: string): void {
    const existing = this.cells.get(cell.key);
    if (existing && (existing.value !== cell.value || existing.contributors !== cell.contributors)) {
      throw new Error(
        `Dataset ${datasetId} gives cell ${cell.key} the value ${cell.value}, but another dataset gives it ${existing.value}; linked tables must agree`,
      );
    }
    this.cells.set(cell.key, cell);
  }

  private addAdditivity(dataset: LoadedDataset, quarter: string, measure: string): void {
    const total = cellKey(dataset, quarter, dataset.loader.definition.dimension.total.id, measure);
    const parts = dataset.loader.members.map((member) => cellKey(dataset, quarter, member.id, measure));
    this.setAdditivity({ total, parts });
  }

  /** Keeps an additivity once; a total may have two, such as all = sum of categories = sum of classes. */
  private setAdditivity(additivity: Additivity): void {
    this.additivities.set(`${additivity.total}=${additivity.parts.join('+')}`, additivity);
  }

  /** Adds, for each row that is a level of a hierarchy, the sum of the cells it adds up. */
  private addHierarchy(dataset: LoadedDataset, quarter: string, measure: string): void {
    for (const member of dataset.loader.members) {
      const parts = dataset.loader.parts?.(member.id);
      if (!parts) continue;

      const total = cellKey(dataset, quarter, member.id, measure);
      this.setAdditivity({ total, parts: parts.map((coordinates) => coordinatesKey(measure, quarter, coordinates)) });
    }
  }

  /** Adds the change of one series in every quarter after the first, and the orders it implies. */
  private addChanges(dataset: LoadedDataset, member: string, measure: string, kind: Cell['kind']): void {
    const { quarters } = dataset;
    for (let index = 1; index < quarters.length; index++) {
      const later = cellKey(dataset, quarters[index].label, member, measure);
      const earlier = cellKey(dataset, quarters[index - 1].label, member, measure);
      const change = dataset.changes.get(loadedCellKey(quarters[index].label, member, measure)) ?? ZERO;

      // Changes without contributors are listed too: the engine learns from
      // them that the two quarter-ends of a series have the same owners.
      const key = `${later}|change`;
      this.derived.set(key, {
        key,
        measure,
        kind,
        ...change,
        terms: [
          { key: later, coefficient: 1 },
          { key: earlier, coefficient: -1 },
        ],
      });

      if (this.options.stockOrderings && change.value >= 0) {
        this.orderings.set(`${earlier}<=${later}`, { lower: earlier, upper: later });
      }
    }
  }
}

/**
 * What a data loader declares about its dataset: the published definition
 * (title, dimension, measures and units), the rows of its dimension, where
 * its cells sit among the cells of other datasets, and the SQL that computes
 * them inside the warehouse.
 */
import type { DatasetDefinition } from '../../src/vetted/format.ts';

export interface Member {
  id: string;
  name: string;
}

export interface DatasetLoader {
  definition: DatasetDefinition;
  /** The rows of the dimension in display order, without the total row. */
  members: readonly Member[];
  /**
   * Coordinates of a row (a member or the total) in the edition's cube.
   * Cells of two datasets with equal coordinates and measure are one cell:
   * the BESS row of capacity by technology is the GB row of BESS by GSP group.
   */
  coordinates(memberId: string): Record<string, string>;
  /**
   * The coordinates of the cells, in other datasets, that a row adds up,
   * when the row is a level of a hierarchy that another dataset breaks down:
   * a category class row is the sum of its categories. Undefined for rows
   * that only this dataset breaks down.
   */
  parts?(memberId: string): Record<string, string>[] | undefined;
  /** Whether the net change of each series between quarters is protected too. */
  timeDifferencing: boolean;
  /**
   * SQL common table expressions, after `quarters`, that end in
   * `contributions(series, quarter_index, member, contributor, measure, value)`
   * for quarters up to `lastQuarterIndex`.
   */
  contributionsSql(lastQuarterIndex: number): string;
}

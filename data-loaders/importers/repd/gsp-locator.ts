import type { GspRegion } from './gsp-regions.ts';
import { isInsideShape } from './point-in-polygon.ts';

export interface GspLocation {
  /** The region that contains the point, or null when none does. */
  region: GspRegion | null;
  /** Number of regions that contain the point. More than one means the regions overlap there. */
  matchCount: number;
}

/**
 * Finds the GSP region that contains a WGS84 point. Where regions overlap, the
 * one with the lowest GSP id wins, so the result does not depend on the
 * order of features in the file.
 *
 * NOTE: the NESO GSP regions file gives seven pairs of GSP ids one identical
 * polygon (Barking, Penwortham, Heysham, Kearsley, Uskmouth, Upper Boat,
 * Tynemouth). Every site there goes to the lower id of the pair, and the
 * other GSP gets no assets. Both GSPs of each pair are in the same GSP group.
 */
export class GspLocator {
  private readonly regions: readonly GspRegion[];

  /** `regions` must be in numeric order of GSP id, as readGspRegions returns them. */
  constructor(regions: readonly GspRegion[]) {
    this.regions = regions;
  }

  locate(longitude: number, latitude: number): GspLocation {
    const point = [longitude, latitude];
    const matches = this.regions.filter((region) => isInsideShape(point, region.shape));
    return { region: matches[0] ?? null, matchCount: matches.length };
  }
}

import type { GspLocator } from './gsp-locator.ts';
import { osgbToWgs84 } from './osgb.ts';
import type { Site } from './select-sites.ts';

export interface Placement {
  gspId: string | null;
  gspGroupId: string | null;
}

export interface PlacementCounts {
  /** Sites whose row has no X or Y coordinate. */
  noCoordinates: number;
  /** Sites whose point lies in no GSP region, offshore wind farms among them. */
  outsideRegions: number;
  /** Sites whose point lies in more than one region, placed in the one with the lowest GSP id. */
  inOverlaps: number;
}

/**
 * Places each site in the GSP region that contains its point. A site with no
 * coordinates, or outside every region, gets null GSP and GSP group: the
 * reports show it as "Unallocated", so that the groups still add up to GB.
 */
export function placeSites(sites: readonly Site[], locator: GspLocator): { placements: Placement[]; counts: PlacementCounts } {
  const counts: PlacementCounts = { noCoordinates: 0, outsideRegions: 0, inOverlaps: 0 };

  const placements = sites.map((site) => {
    if (site.grid === null) {
      counts.noCoordinates += 1;
      return { gspId: null, gspGroupId: null };
    }

    const [longitude, latitude] = osgbToWgs84(site.grid.easting, site.grid.northing);
    const { region, matchCount } = locator.locate(longitude, latitude);
    if (matchCount > 1) counts.inOverlaps += 1;
    if (region === null) {
      counts.outsideRegions += 1;
      return { gspId: null, gspGroupId: null };
    }
    return { gspId: region.gspId, gspGroupId: region.gspGroupId };
  });

  return { placements, counts };
}

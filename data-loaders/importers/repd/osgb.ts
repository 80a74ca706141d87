import proj4 from 'proj4';

/**
 * British National Grid (EPSG:27700, OSGB36 on the Airy 1830 ellipsoid) with
 * the seven-parameter Helmert shift to WGS84 that Ordnance Survey publishes.
 * Its error is up to 3.5 m (95%), by Ordnance Survey's "A guide to
 * coordinate systems in Great Britain". That is ample for placing a site in
 * a GSP region, so the exact OSTN15 grid shift is not needed.
 */
const BRITISH_NATIONAL_GRID =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

const WGS84 = 'EPSG:4326';

const toWgs84 = proj4(BRITISH_NATIONAL_GRID, WGS84);

/** Converts an OSGB36 easting and northing in metres to WGS84 [longitude, latitude] in degrees. */
export function osgbToWgs84(easting: number, northing: number): [number, number] {
  const [longitude, latitude] = toWgs84.forward([easting, northing]);
  return [longitude, latitude];
}

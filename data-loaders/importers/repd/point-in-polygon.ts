/**
 * Point-in-polygon tests on GeoJSON coordinates (longitude, latitude), by
 * ray casting with the even-odd rule. A point exactly on an edge may test
 * either way, which is harmless for sites placed in regions that share
 * their edges.
 */

export type Position = readonly number[];
export type Ring = readonly Position[];
/** A polygon's rings: the outer boundary first, then its holes. */
export type PolygonRings = readonly Ring[];

export interface BoundingBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A Polygon or MultiPolygon with the bounding boxes that skip most tests. */
export interface Shape {
  box: BoundingBox;
  polygons: readonly { box: BoundingBox; rings: PolygonRings }[];
}

/** Builds a shape from the polygons of a GeoJSON Polygon (one) or MultiPolygon (several). */
export function toShape(polygons: readonly PolygonRings[]): Shape {
  const parts = polygons.map((rings) => ({ box: boundingBox(rings[0] ?? []), rings }));
  return { box: mergeBoxes(parts.map((part) => part.box)), polygons: parts };
}

/** Returns true when the point lies inside some polygon of the shape and outside that polygon's holes. */
export function isInsideShape(point: Position, shape: Shape): boolean {
  if (!isInsideBox(point, shape.box)) return false;
  return shape.polygons.some((polygon) => isInsideBox(point, polygon.box) && isInsidePolygon(point, polygon.rings));
}

/** Returns true when the point is inside the outer ring and inside none of the holes. */
export function isInsidePolygon(point: Position, rings: PolygonRings): boolean {
  const [outer, ...holes] = rings;
  if (outer === undefined || !isInsideRing(point, outer)) return false;
  return !holes.some((hole) => isInsideRing(point, hole));
}

/**
 * Casts a ray from the point towards +x and counts the ring edges it
 * crosses: an odd count means inside. The ring may be closed (last position
 * equal to the first) or not.
 */
export function isInsideRing(point: Position, ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;

  for (let current = 0, previous = ring.length - 1; current < ring.length; previous = current, current += 1) {
    const [x1, y1] = ring[current];
    const [x2, y2] = ring[previous];
    const spansRay = y1 > y !== y2 > y;
    if (!spansRay) continue;

    const crossingX = x1 + ((y - y1) * (x2 - x1)) / (y2 - y1);
    if (x < crossingX) inside = !inside;
  }

  return inside;
}

function boundingBox(ring: Ring): BoundingBox {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of ring) {
    box.minX = Math.min(box.minX, x);
    box.minY = Math.min(box.minY, y);
    box.maxX = Math.max(box.maxX, x);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}

function mergeBoxes(boxes: BoundingBox[]): BoundingBox {
  return {
    minX: Math.min(...boxes.map((box) => box.minX)),
    minY: Math.min(...boxes.map((box) => box.minY)),
    maxX: Math.max(...boxes.map((box) => box.maxX)),
    maxY: Math.max(...boxes.map((box) => box.maxY)),
  };
}

function isInsideBox([x, y]: Position, box: BoundingBox): boolean {
  return x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY;
}

/**
 * Seeded pseudo-random numbers for the synthetic market data, so that the
 * same input always gives the same output. Nothing here reads the clock or
 * Math.random.
 */

/** A stream of numbers in [0, 1). */
export type Random = () => number;

/** Returns the 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Returns a mulberry32 generator seeded with the hash of `seed`. */
export function seededRandom(seed: string): Random {
  let state = hashText(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Returns a whole number from `min` to `max`, both included. */
export function randomInteger(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Returns `count` distinct items of `items`, in their original order. */
export function sampleInOrder<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  const size = Math.min(count, items.length);
  while (chosen.size < size) chosen.add(randomInteger(random, 0, items.length - 1));
  return [...chosen].sort((a, b) => a - b).map((index) => items[index]);
}

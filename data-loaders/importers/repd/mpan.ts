/**
 * Synthetic MPAN cores for REPD sites, which have none. A core is 13 digits:
 * the two-digit distributor id of the GSP group, ten digits that identify the
 * point, and a check digit.
 */

/** Weights of the MPAN core check digit, one for each of the first 12 digits. */
const CHECK_DIGIT_WEIGHTS = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43];

const POINT_SPACE = 10_000_000_000;
/** Odd and not a multiple of 5, so coprime with 10^10. Multiplying by it modulo 10^10 permutes the ten-digit numbers. */
const SCRAMBLE_MULTIPLIER = 7_919_310_457n;
const SCRAMBLE_OFFSET = 1_234_567_891n;

/**
 * Returns a synthetic MPAN core for a site. The ten identifying digits are a
 * fixed permutation of the REPD reference, so different references always
 * give different cores and the same reference always gives the same core.
 * Throws when the distributor id is not two digits or the reference is not a
 * whole number below 10^10.
 */
export function synthesiseMpanCore(distributorId: number, refId: number): string {
  if (!Number.isInteger(distributorId) || distributorId < 10 || distributorId > 99) {
    throw new Error(`Distributor id ${distributorId} is not a two-digit MPAN distributor id`);
  }
  if (!Number.isSafeInteger(refId) || refId < 0 || refId >= POINT_SPACE) {
    throw new Error(`REPD reference ${refId} cannot be mapped to the ten identifying digits of an MPAN core`);
  }

  const point = (BigInt(refId) * SCRAMBLE_MULTIPLIER + SCRAMBLE_OFFSET) % BigInt(POINT_SPACE);
  const firstTwelve = `${distributorId}${point.toString().padStart(10, '0')}`;
  return `${firstTwelve}${mpanCheckDigit(firstTwelve)}`;
}

/** Returns the check digit of the first 12 digits of an MPAN core: the weighted sum modulo 11, then modulo 10. */
export function mpanCheckDigit(firstTwelve: string): number {
  if (!/^\d{12}$/.test(firstTwelve)) throw new Error(`"${firstTwelve}" is not the 12 leading digits of an MPAN core`);

  let sum = 0;
  for (const [index, weight] of CHECK_DIGIT_WEIGHTS.entries()) sum += Number(firstTwelve[index]) * weight;
  return (sum % 11) % 10;
}

/**
 * Counter-based pseudo-random numbers for the sample, computed in SQL.
 *
 * Each draw is a hash of (seed, key, stream): the key numbers the row (an
 * asset, a group, a market unit) and the stream names the purpose of the draw.
 * A draw therefore depends on nothing but those three numbers, so the result
 * does not change with the number of threads or the order in which DuckDB
 * visits the rows. DuckDB's random() takes no key, so the value a row gets
 * from it depends on that order.
 *
 * The hash is MurmurHash3's 32-bit finaliser (fmix32), applied twice and
 * written out in plain integer arithmetic, so the draws depend on this code
 * alone and not on the hash() of whichever DuckDB release is installed.
 */
import type { DuckDbWarehouse } from '../warehouse/duckdb.ts';

/**
 * Stream numbers, one for each purpose of a draw. Numbers are unique across
 * every kind of row, so that asset 7 and group 7 never share a draw.
 */
export const STREAMS = {
  groupProfile: 1,
  groupEntityCount: 2,
  groupBrand: 3,
  groupSector: 4,
  assetTier: 10,
  assetOwner: 11,
  assetEntity: 12,
  assetCategory: 13,
  assetRegion: 14,
  assetLocation: 15,
  assetGsp: 16,
  assetCapacity: 17,
  assetDuration: 18,
  assetRegistration: 19,
  assetDeregistration: 20,
  assetDeregistrationDate: 21,
  assetValidation: 22,
  assetPostcodeArea: 23,
  assetPostcodeUnit: 24,
  assetPostcodeMissing: 25,
  assetMpanOffset: 26,
  organisationLead: 30,
  organisationPlace: 31,
  organisationIncorporated: 32,
  organisationCompanyNumberOffset: 33,
  unitLead: 40,
  qualificationApply: 50,
  qualificationApplyLead: 51,
  qualificationDecisionLead: 52,
  qualificationOutcome: 53,
  qualificationStartLead: 54,
  qualificationDuration: 55,
} as const;

const MASK_32 = 4_294_967_295;
const TWO_TO_32 = 4_294_967_296;

/**
 * Creates the temporary SQL macros sample_bits(key, stream) and
 * sample_uniform(key, stream) for this seed. They live only as long as the
 * connection, so the warehouse file never contains them.
 *
 * Keys must be integers from 0 to 2^32 - 1 and streams small non-negative
 * integers. sample_bits returns a UBIGINT from 0 to 2^32 - 1, and
 * sample_uniform a DOUBLE in [0, 1).
 */
export async function createRandomMacros(warehouse: DuckDbWarehouse, seed: number): Promise<void> {
  await warehouse.run(`CREATE OR REPLACE TEMP MACRO sample_shift_xor(h, n) AS xor(h, h >> n)`);
  await warehouse.run(`CREATE OR REPLACE TEMP MACRO sample_multiply_32(h, c) AS (h * c::UBIGINT) & ${MASK_32}::UBIGINT`);
  await warehouse.run(`
    CREATE OR REPLACE TEMP MACRO sample_fmix32(x) AS
      sample_shift_xor(
        sample_multiply_32(
          sample_shift_xor(sample_multiply_32(sample_shift_xor(x::UBIGINT & ${MASK_32}::UBIGINT, 16), 2246822507), 13),
          3266489909),
        16)`);

  const seedKey = await computeSeedKey(warehouse, seed);
  await warehouse.run(`
    CREATE OR REPLACE TEMP MACRO sample_bits(key, stream) AS
      sample_fmix32(sample_fmix32(key::UBIGINT + ${seedKey}::UBIGINT) + stream::UBIGINT * 2654435769::UBIGINT)`);
  await warehouse.run(
    `CREATE OR REPLACE TEMP MACRO sample_uniform(key, stream) AS sample_bits(key, stream)::DOUBLE / ${TWO_TO_32}.0`,
  );
}

/** Returns SQL for a uniform draw in [0, 1) for this key and stream. */
export function uniform(key: string, stream: number): string {
  return `sample_uniform(${key}, ${stream})`;
}

/** Returns SQL for 32 random bits (a UBIGINT from 0 to 2^32 - 1) for this key and stream. */
export function randomBits(key: string, stream: number): string {
  return `sample_bits(${key}, ${stream})`;
}

/**
 * Returns 32 random bits for key 0 of a stream as a number, for a constant
 * that a whole table shares (an offset, a starting point). Callers write it
 * into the SQL as a literal because DuckDB 1.5 does not fold
 * sample_bits(0, n) into a constant, so the hash would run on every row.
 */
export async function drawConstant(warehouse: DuckDbWarehouse, stream: number): Promise<number> {
  const rows = await warehouse.query(`SELECT ${randomBits('0', stream)}::BIGINT AS bits`);
  return Number(rows[0].bits);
}

/** Folds the seed's 53 bits into one 32-bit key, so that every bit of the seed counts. */
async function computeSeedKey(warehouse: DuckDbWarehouse, seed: number): Promise<number> {
  const low = seed % TWO_TO_32;
  const high = Math.floor(seed / TWO_TO_32);
  const rows = await warehouse.query(
    `SELECT xor(sample_fmix32(${low}), sample_fmix32(${high} + 2654435769))::BIGINT AS seed_key`,
  );
  return Number(rows[0].seed_key);
}

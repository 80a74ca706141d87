import { addDays, earlierDate, laterDate } from './iso-dates.ts';
import { eligibleProducts } from './product-eligibility.ts';
import { randomInteger, sampleInOrder, seededRandom, type Random } from './prng.ts';
import { compareText } from './stable-id.ts';

/**
 * Synthetic PSQM data for REPD assets, which REPD lacks: market units and
 * their qualifications. Every draw comes from a generator seeded with the id
 * of the asset, organisation or unit concerned, so the output depends on the
 * input alone. An asset's SPU and its qualifications stay the same when
 * another asset is added, though an SPG changes when its FSP gains an asset.
 * Every date lies on or after the registration of the assets concerned and
 * on or before the as-of date.
 */

/** The facts about an asset that the synthesis needs. */
export interface MarketAsset {
  assetId: string;
  refId: string;
  fspOrgId: string;
  categoryId: string;
  gspGroupId: string | null;
  registeredOn: string;
}

export interface MarketUnit {
  marketUnitId: string;
  unitType: 'SPU' | 'SPG';
  fspOrgId: string;
  registeredOn: string;
  assetIds: string[];
}

export interface Qualification {
  qualificationId: string;
  marketUnitId: string;
  productId: string;
  status: 'applied' | 'qualified' | 'failed' | 'withdrawn' | 'expired';
  appliedOn: string;
  decidedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface SyntheticMarket {
  marketUnits: MarketUnit[];
  qualifications: Qualification[];
}

/**
 * Earliest date of the synthetic market history. Units of older assets
 * register from this date, so that qualification histories fall in the years
 * of today's flexibility products rather than decades before them.
 */
export const MARKET_HISTORY_START = '2019-01-01';

const MAX_REGISTRATION_LAG_DAYS = 180;
const MAX_APPLICATION_LAG_DAYS = 1095;
const DECISION_LAG_DAYS = [14, 90] as const;
const VALIDITY_YEARS = [2, 5] as const;
/** Share of eligible organisations with several assets of one category that also group them in an SPG. */
const SPG_SHARE = 0.35;
const MAX_APPLICATIONS_PER_UNIT = 3;
const OUTCOME_SHARES = { qualified: 0.72, failed: 0.16 } as const;

/**
 * Synthesises an SPU for every asset, SPGs for some FSPs, and the
 * qualifications of both. Every asset must register on or before `asOf`.
 */
export function synthesiseMarket(assets: readonly MarketAsset[], asOf: string): SyntheticMarket {
  const spus = assets.map((asset) => synthesiseSpu(asset, asOf));
  const spgs = synthesiseSpgs(assets, asOf);
  const marketUnits = [...spus, ...spgs];

  const assetById = new Map(assets.map((asset) => [asset.assetId, asset]));
  const qualifications = marketUnits.flatMap((unit) => synthesiseQualifications(unit, assetById, asOf));

  return { marketUnits, qualifications };
}

function synthesiseSpu(asset: MarketAsset, asOf: string): MarketUnit {
  const random = seededRandom(`spu:${asset.assetId}`);
  return {
    marketUnitId: `SPU-${asset.refId}`,
    unitType: 'SPU',
    fspOrgId: asset.fspOrgId,
    registeredOn: registrationAfter(random, asset.registeredOn, asOf),
    assetIds: [asset.assetId],
  };
}

/**
 * Gives some FSPs an SPG for each category in which they hold at least two
 * assets. The SPG contains all those assets and registers after the last of them.
 */
function synthesiseSpgs(assets: readonly MarketAsset[], asOf: string): MarketUnit[] {
  const assetsByHolding = new Map<string, MarketAsset[]>();
  for (const asset of assets) {
    const holding = `${asset.fspOrgId}:${asset.categoryId}`;
    assetsByHolding.set(holding, [...(assetsByHolding.get(holding) ?? []), asset]);
  }

  const spgs: MarketUnit[] = [];
  for (const holding of [...assetsByHolding.keys()].sort(compareText)) {
    const members = assetsByHolding.get(holding) as MarketAsset[];
    if (members.length < 2) continue;

    const random = seededRandom(`spg:${holding}`);
    if (random() >= SPG_SHARE) continue;

    const [fspOrgId, categoryId] = holding.split(':');
    const lastRegistration = members.map((asset) => asset.registeredOn).reduce(laterDate);
    spgs.push({
      marketUnitId: `SPG-${fspOrgId.replace(/^ORG-/, '')}-${categoryId}`,
      unitType: 'SPG',
      fspOrgId,
      registeredOn: registrationAfter(random, lastRegistration, asOf),
      assetIds: members.map((asset) => asset.assetId),
    });
  }

  return spgs;
}

/** Returns a registration date a few months after `earliest`, or after the market history starts, capped at `asOf`. */
function registrationAfter(random: Random, earliest: string, asOf: string): string {
  const start = laterDate(earliest, MARKET_HISTORY_START);
  return earlierDate(addDays(start, randomInteger(random, 0, MAX_REGISTRATION_LAG_DAYS)), asOf);
}

/**
 * Draws up to three applications against eligible products. Each moves on
 * from `applied` when its decision date has passed by the as-of date: to
 * `qualified` (or `expired`, when its validity ended before the as-of date),
 * `failed` or `withdrawn`. Applications that would fall after the as-of date
 * are not made. Every application takes the same number of draws, so one
 * that is not made does not shift the draws of the next.
 */
function synthesiseQualifications(unit: MarketUnit, assetById: Map<string, MarketAsset>, asOf: string): Qualification[] {
  const members = unit.assetIds.map((assetId) => assetById.get(assetId) as MarketAsset);
  const products = eligibleProducts(members[0].categoryId, members.map((asset) => asset.gspGroupId));

  const random = seededRandom(`qualifications:${unit.marketUnitId}`);
  const count = randomInteger(random, 0, Math.min(MAX_APPLICATIONS_PER_UNIT, products.length));
  const chosen = sampleInOrder(random, products, count);

  const qualifications: Qualification[] = [];
  for (const product of chosen) {
    const draws = drawApplication(random, unit.registeredOn);
    if (draws.appliedOn > asOf) continue;

    const pending: Qualification = {
      qualificationId: `Q-${unit.marketUnitId}-${product.id}`,
      marketUnitId: unit.marketUnitId,
      productId: product.id,
      status: 'applied',
      appliedOn: draws.appliedOn,
      decidedOn: null,
      validFrom: null,
      validTo: null,
    };
    qualifications.push(decide(pending, draws, asOf));
  }

  return qualifications;
}

interface ApplicationDraws {
  appliedOn: string;
  decidedOn: string;
  outcome: number;
  lastValidDay: string;
}

function drawApplication(random: Random, unitRegisteredOn: string): ApplicationDraws {
  const appliedOn = addDays(unitRegisteredOn, randomInteger(random, 0, MAX_APPLICATION_LAG_DAYS));
  const decidedOn = addDays(appliedOn, randomInteger(random, ...DECISION_LAG_DAYS));
  const outcome = random();
  const validityDays = 365 * randomInteger(random, ...VALIDITY_YEARS);
  return { appliedOn, decidedOn, outcome, lastValidDay: addDays(decidedOn, validityDays - 1) };
}

function decide(pending: Qualification, draws: ApplicationDraws, asOf: string): Qualification {
  const { decidedOn, outcome, lastValidDay } = draws;
  if (decidedOn > asOf) return pending;

  if (outcome >= OUTCOME_SHARES.qualified + OUTCOME_SHARES.failed) return { ...pending, status: 'withdrawn', decidedOn };
  if (outcome >= OUTCOME_SHARES.qualified) return { ...pending, status: 'failed', decidedOn };

  if (lastValidDay < asOf) return { ...pending, status: 'expired', decidedOn, validFrom: decidedOn, validTo: lastValidDay };
  return { ...pending, status: 'qualified', decidedOn, validFrom: decidedOn };
}

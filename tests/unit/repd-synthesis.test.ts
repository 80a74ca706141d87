import { describe, expect, it } from 'vitest';
import { mpanCheckDigit, synthesiseMpanCore } from '../../data-loaders/importers/repd/mpan.ts';
import { eligibleProducts } from '../../data-loaders/importers/repd/product-eligibility.ts';
import { seededRandom } from '../../data-loaders/importers/repd/prng.ts';
import {
  MARKET_HISTORY_START,
  synthesiseMarket,
  type MarketAsset,
} from '../../data-loaders/importers/repd/synthesise-market.ts';
import { ASSET_CATEGORIES, findProduct } from '../../data-loaders/reference/index.ts';

const AS_OF = '2024-04-12';
const GROUPS = ['_A', '_B', '_C', '_D', '_E', '_F', '_G', '_H', '_J', '_K', '_L', '_M', '_N', '_P', null];

/** Builds assets spread over categories, groups, owners and dates, the same every run. */
function sampleAssets(count: number): MarketAsset[] {
  return Array.from({ length: count }, (_, index) => ({
    assetId: `REPD-${index + 1}`,
    refId: String(index + 1),
    fspOrgId: `ORG-${String(index % 40).padStart(3, '0')}`,
    categoryId: ASSET_CATEGORIES[index % 3 === 0 ? 0 : index % ASSET_CATEGORIES.length].id,
    gspGroupId: GROUPS[index % GROUPS.length],
    registeredOn: `${1995 + (index % 29)}-0${1 + (index % 9)}-1${index % 9}`,
  }));
}

describe('synthetic MPAN cores', () => {
  it('computes the check digit from the weighted sum of the first 12 digits', () => {
    // 1*3 + 2*5 + 3*7 + 4*13 + 5*17 + 6*19 + 7*23 + 8*29 + 9*31 + 0*37 + 1*41 + 2*43 = 1084; 1084 mod 11 = 6.
    expect(mpanCheckDigit('123456789012')).toBe(6);
  });

  it('starts with the distributor id and ends with a valid check digit', () => {
    const mpan = synthesiseMpanCore(23, 4242);
    expect(mpan).toMatch(/^23\d{11}$/);
    expect(Number(mpan[12])).toBe(mpanCheckDigit(mpan.slice(0, 12)));
  });

  it('gives different references different cores', () => {
    const cores = new Set(Array.from({ length: 20_000 }, (_, refId) => synthesiseMpanCore(10, refId)));
    expect(cores.size).toBe(20_000);
  });

  it('rejects a distributor id that is not two digits', () => {
    expect(() => synthesiseMpanCore(7, 1)).toThrow('Distributor id 7 is not a two-digit MPAN distributor id');
  });
});

describe('seeded random numbers', () => {
  it('repeats for the same seed and differs between seeds', () => {
    const first = seededRandom('REPD-1');
    const again = seededRandom('REPD-1');
    const other = seededRandom('REPD-2');
    const a = [first(), first(), first()];
    expect([again(), again(), again()]).toEqual(a);
    expect([other(), other(), other()]).not.toEqual(a);
    for (const value of a) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('product eligibility', () => {
  it('offers batteries the dynamic response services', () => {
    const ids = eligibleProducts('bess', ['_A']).map((product) => product.id);
    expect(ids).toEqual(expect.arrayContaining(['dynamic-containment', 'dynamic-moderation', 'dynamic-regulation', 'quick-reserve', 'slow-reserve', 'balancing-reserve']));
  });

  it('offers only products that FMAR serves', () => {
    for (const category of ASSET_CATEGORIES) {
      for (const product of eligibleProducts(category.id, ['_G'])) expect(product.inFmarScope, `${category.id} ${product.id}`).toBe(true);
    }
  });

  it('offers a DSO product only in its DSO area', () => {
    expect(eligibleProducts('heat_pump', ['_G']).map((product) => product.id)).toContain('peak-reduction');
    expect(eligibleProducts('heat_pump', ['_A']).map((product) => product.id)).not.toContain('peak-reduction');
  });

  it('offers NESO products alone to unallocated or cross-DSO units', () => {
    for (const groups of [[null], ['_A', '_G']]) {
      const procurers = new Set(eligibleProducts('bess', groups).map((product) => product.procurer));
      expect([...procurers], JSON.stringify(groups)).toEqual(['NESO']);
    }
  });
});

describe('synthesiseMarket', () => {
  const assets = sampleAssets(600);
  const market = synthesiseMarket(assets, AS_OF);
  const assetById = new Map(assets.map((asset) => [asset.assetId, asset]));

  it('gives every asset one SPU and some FSPs an SPG', () => {
    const spus = market.marketUnits.filter((unit) => unit.unitType === 'SPU');
    const spgs = market.marketUnits.filter((unit) => unit.unitType === 'SPG');
    expect(spus.map((unit) => unit.assetIds[0])).toEqual(assets.map((asset) => asset.assetId));
    expect(spgs.length).toBeGreaterThan(0);
    expect(spgs.length).toBeLessThan(new Set(assets.map((asset) => `${asset.fspOrgId}:${asset.categoryId}`)).size);
  });

  it('builds each SPG from two or more assets of one FSP and category', () => {
    for (const unit of market.marketUnits.filter((candidate) => candidate.unitType === 'SPG')) {
      const members = unit.assetIds.map((assetId) => assetById.get(assetId) as MarketAsset);
      expect(members.length, unit.marketUnitId).toBeGreaterThanOrEqual(2);
      expect(new Set(members.map((asset) => asset.fspOrgId)), unit.marketUnitId).toEqual(new Set([unit.fspOrgId]));
      expect(new Set(members.map((asset) => asset.categoryId)).size, unit.marketUnitId).toBe(1);
    }
  });

  it('registers units within their date bounds', () => {
    for (const unit of market.marketUnits) {
      const latestAsset = unit.assetIds.map((assetId) => assetById.get(assetId)?.registeredOn as string).sort().at(-1) as string;
      expect(unit.registeredOn >= latestAsset, unit.marketUnitId).toBe(true);
      expect(unit.registeredOn >= MARKET_HISTORY_START || unit.registeredOn === AS_OF, unit.marketUnitId).toBe(true);
      expect(unit.registeredOn <= AS_OF, unit.marketUnitId).toBe(true);
    }
  });

  it('moves statuses consistently with their dates', () => {
    const unitById = new Map(market.marketUnits.map((unit) => [unit.marketUnitId, unit]));
    const statuses = new Set(market.qualifications.map((qualification) => qualification.status));
    expect([...statuses].sort()).toEqual(['applied', 'expired', 'failed', 'qualified', 'withdrawn']);

    for (const qualification of market.qualifications) {
      const label = qualification.qualificationId;
      const unit = unitById.get(qualification.marketUnitId);
      expect(qualification.appliedOn >= (unit?.registeredOn as string), label).toBe(true);
      expect(findProduct(qualification.productId)?.inFmarScope, label).toBe(true);

      if (qualification.status === 'applied') {
        expect(qualification, label).toMatchObject({ decidedOn: null, validFrom: null, validTo: null });
        continue;
      }
      const decidedOn = qualification.decidedOn as string;
      expect(decidedOn > qualification.appliedOn, label).toBe(true);
      expect(decidedOn <= AS_OF, label).toBe(true);

      if (qualification.status === 'qualified') expect(qualification, label).toMatchObject({ validFrom: decidedOn, validTo: null });
      if (qualification.status === 'expired') {
        expect(qualification.validFrom, label).toBe(decidedOn);
        expect((qualification.validTo as string) < AS_OF, label).toBe(true);
      }
      if (qualification.status === 'failed' || qualification.status === 'withdrawn') {
        expect(qualification, label).toMatchObject({ validFrom: null, validTo: null });
      }
    }
  });

  it('gives the same output for the same input', () => {
    expect(synthesiseMarket(sampleAssets(600), AS_OF)).toEqual(market);
  });

  it('keeps an asset’s SPU and its qualifications when another asset is added', () => {
    const extra: MarketAsset = { ...assets[0], assetId: 'REPD-9999', refId: '9999', fspOrgId: 'ORG-new' };
    const grown = synthesiseMarket([...assets, extra], AS_OF);
    const unitId = 'SPU-17';

    expect(grown.marketUnits.find((unit) => unit.marketUnitId === unitId)).toEqual(market.marketUnits.find((unit) => unit.marketUnitId === unitId));
    expect(grown.qualifications.filter((qualification) => qualification.marketUnitId === unitId)).toEqual(
      market.qualifications.filter((qualification) => qualification.marketUnitId === unitId),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { findCategory } from '../../data-loaders/reference/index.ts';
import { categoryOfTechnology, knownTechnologyTypes } from '../../data-loaders/importers/repd/technology.ts';

describe('REPD technology mapping', () => {
  it.each([
    ['Battery', 'bess'],
    ['Solar Photovoltaics', 'solar_pv'],
    ['Wind Onshore', 'wind'],
    ['Wind Offshore', 'wind'],
    ['Small Hydro', 'hydro'],
    ['Large Hydro', 'hydro'],
    ['Pumped Storage Hydroelectricity', 'other'],
    ['Flywheels', 'other'],
    ['Compressed Air Energy Storage', 'other'],
    ['Liquid Air Energy Storage', 'other'],
    ['Anaerobic Digestion', 'bioenergy'],
    ['Landfill Gas', 'bioenergy'],
    ['Biomass (dedicated)', 'bioenergy'],
    ['Biomass (Dedicated)', 'bioenergy'],
    ['Biomass (co-firing)', 'bioenergy'],
    ['Sewage Sludge Digestion', 'bioenergy'],
    ['Advanced Conversion Technologies', 'bioenergy'],
    ['EfW Incineration', 'bioenergy'],
    ['Air Source Heat Pumps', 'heat_pump'],
    ['Tidal Stream', 'other'],
    ['Tidal Lagoon', 'other'],
    ['Shoreline Wave', 'other'],
    ['Geothermal ', 'other'],
    ['Hot Dry Rocks (HDR)', 'other'],
    ['Hydrogen', 'other'],
    ['Fuel Cell (Hydrogen)', 'other'],
  ])('maps %j to %s', (technologyType, categoryId) => {
    expect(categoryOfTechnology(technologyType)).toBe(categoryId);
  });

  it('ignores case and repeated spaces', () => {
    expect(categoryOfTechnology('  solar   photovoltaics ')).toBe('solar_pv');
  });

  it('returns undefined for an unknown type', () => {
    expect(categoryOfTechnology('Nuclear Fusion')).toBeUndefined();
    expect(categoryOfTechnology('')).toBeUndefined();
  });

  it('maps only to categories that exist', () => {
    for (const technologyType of knownTechnologyTypes()) {
      const categoryId = categoryOfTechnology(technologyType) as string;
      expect(findCategory(categoryId), `${technologyType} -> ${categoryId}`).toBeDefined();
    }
  });

  it('keeps the storage category for batteries alone', () => {
    const storageTypes = knownTechnologyTypes().filter((technologyType) => categoryOfTechnology(technologyType) === 'bess');
    expect(storageTypes).toEqual(['battery']);
  });
});

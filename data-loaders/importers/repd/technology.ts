/**
 * Mapping from REPD `Technology Type` to ARM asset categories.
 *
 * Choices where REPD and the ARM categories do not line up:
 * - Pumped storage hydroelectricity, flywheels, compressed-air and liquid-air
 *   storage map to `other`. ARM's only storage category is BESS, whose line in
 *   the reports and whose products (dynamic response) are battery-specific.
 *   Filing pumped storage under `hydro` would count a net consumer of
 *   electricity as renewable generation, which DESNZ's renewable statistics
 *   do not do either.
 * - EfW incineration maps to `bioenergy`. REPD lists it with the bioenergy
 *   technologies, DESNZ reports the renewable share of energy from waste
 *   under bioenergy, and ARM has no waste category.
 * - `CHP Enabled` does not change the category, so it is not read. CHP is how
 *   a bioenergy plant uses its heat, not what produces the electricity, and
 *   moving those sites to `chp` would split one technology across two lines.
 *   REPD lists renewable sites only, so the gas-fired CHP that the `chp`
 *   category is for does not occur in it.
 *
 * The table lists every type in the Q1 2024 extract. A type missing from it
 * stops the import, so that a new REPD technology is mapped on purpose
 * rather than guessed.
 */
const CATEGORY_BY_TECHNOLOGY: ReadonlyMap<string, string> = new Map([
  ['battery', 'bess'],
  ['solar photovoltaics', 'solar_pv'],
  ['wind onshore', 'wind'],
  ['wind offshore', 'wind'],
  ['small hydro', 'hydro'],
  ['large hydro', 'hydro'],
  ['pumped storage hydroelectricity', 'other'],
  ['flywheels', 'other'],
  ['compressed air energy storage', 'other'],
  ['liquid air energy storage', 'other'],
  ['anaerobic digestion', 'bioenergy'],
  ['landfill gas', 'bioenergy'],
  ['biomass (dedicated)', 'bioenergy'],
  ['biomass (co-firing)', 'bioenergy'],
  ['sewage sludge digestion', 'bioenergy'],
  ['advanced conversion technologies', 'bioenergy'],
  ['efw incineration', 'bioenergy'],
  ['air source heat pumps', 'heat_pump'],
  ['tidal stream', 'other'],
  ['tidal lagoon', 'other'],
  ['shoreline wave', 'other'],
  ['geothermal', 'other'],
  ['hot dry rocks (hdr)', 'other'],
  ['hydrogen', 'other'],
  ['fuel cell (hydrogen)', 'other'],
]);

/**
 * Returns the ARM category id of a REPD technology type, or undefined when
 * the type is not in the mapping. Case, surrounding whitespace and repeated
 * spaces are ignored, because the extract has both "Geothermal " and
 * "Biomass (Dedicated)".
 */
export function categoryOfTechnology(technologyType: string): string | undefined {
  return CATEGORY_BY_TECHNOLOGY.get(technologyKey(technologyType));
}

/** Returns every technology type in the mapping, in its lookup form. */
export function knownTechnologyTypes(): string[] {
  return [...CATEGORY_BY_TECHNOLOGY.keys()];
}

function technologyKey(technologyType: string): string {
  return technologyType.trim().replace(/\s+/g, ' ').toLowerCase();
}

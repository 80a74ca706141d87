import { describe, expect, it } from 'vitest';
import { ENTERPRISE_GROUP_ALIASES } from '../../data-loaders/importers/repd/operator-aliases.ts';
import {
  isAbbreviationOf,
  isPlaceholderOperator,
  normaliseOperatorName,
} from '../../data-loaders/importers/repd/operators.ts';
import { aliasLookup, buildOrganisations, type OperatorSite } from '../../data-loaders/importers/repd/organisations.ts';

/** Returns the enterprise group key of an operator text, as the importer forms it. */
function groupOf(operator: string): string {
  return aliasLookup()(normaliseOperatorName(operator));
}

describe('operator normaliser', () => {
  it.each([
    ['Anesco', 'Anesco '],
    ['Anesco', 'Anesco Ltd'],
    ['Anesco', 'Anesco (formerly owned by Energy Reservoirs)'],
    ['Canford Renewable Energy Ltd', 'Canford Renewable Energy Limited'],
    ['Prosolia UK Ltd', 'Prosolia'],
    ['Centrica', 'Centrica Plc '],
    ['Sovereign Energy Partners LLP', 'Sovereign Energy Partners'],
    ['GlaxoSmithKline', 'Glaxosmithkline'],
    ['FC Palmer & Sons Ltd', 'FC Palmer and Sons'],
    ['Scottish & Southern Energy ', 'Scottish and Southern Energy (SSE)'],
    ['NextEnergy Solar Fund (NESF)', 'NextEnergy  Solar Fund'],
    ['Renewable Energy Systems Ltd (RES)', 'Renewable Energy Systems'],
    ['The Renewables Infrastructure Group (TRIG)', 'Renewables Infrastructure Group'],
    ['Grid Battery Storage (GBSL)', 'Grid Battery Storage'],
    ['Munich Re (previously Windjen Power Ltd)', 'Munich RE'],
    ['NESF (formerly Kronos Solar (KS SPV39))', 'NESF'],
    ['Sunsave 49 SPV (prev. Cherry Solar)', 'Sunsave 49 SPV'],
    ['Infinis, previously Broadview Energy', 'Infinis'],
    ['CRE8 Energy (UK)', 'CRE8 Energy'],
    ['Kronos Solar/ Vogt Solar ', 'Vogt Solar / Kronos Solar'],
    ['Ørsted', 'Orsted'],
    ['J.M. Stratton & Co.', 'J M Stratton and Co'],
  ])('gives %j and %j one key', (first, second) => {
    expect(normaliseOperatorName(first)).toBe(normaliseOperatorName(second));
  });

  it.each([
    ['Veolia (SELCHP)', 'Veolia'],
    ['Future Biogas (Blankney Estate)', 'Future Biogas'],
    ['Green Switch Solutions - SOLD', 'Green Switch Solutions'],
    ['Green Highland Renewables (on behalf of North Chesthill Estate)', 'Green Highland Renewables'],
    ['Push Energy/ NextEnergy Solar Fund (NESF)', 'Push Energy'],
    ['Arnold White Estates (AWE Renewables)', 'Arnold White Estates'],
    ['Low Carbon Solar', 'Low Carbon'],
  ])('keeps %j apart from %j', (first, second) => {
    expect(normaliseOperatorName(first)).not.toBe(normaliseOperatorName(second));
  });

  it('removes only abbreviating brackets', () => {
    expect(isAbbreviationOf('SSE', 'Scottish and Southern Energy ')).toBe(true);
    expect(isAbbreviationOf('NESF', 'NextEnery Solar Fund ')).toBe(true);
    expect(isAbbreviationOf('SELCHP', 'Veolia ')).toBe(false);
    expect(isAbbreviationOf('Dundee', 'Scottish Water ')).toBe(false);
    expect(isAbbreviationOf('SW', 'Scottish Water Solutions ')).toBe(false);
  });
});

describe('placeholder operators', () => {
  it.each(['Private Developer', 'private developer ', '', '   ', 'Unknown', 'N/A', 'n/a', 'NA', 'Redacted', '[REDACTED]', 'Private Client'])(
    'treats %j as a placeholder',
    (operator) => {
      expect(isPlaceholderOperator(operator)).toBe(true);
    },
  );

  it.each(['Private Energy Partners Pty Limited', 'Unknown Energy Ltd', 'NA Solar', 'Anesco'])('treats %j as a company', (operator) => {
    expect(isPlaceholderOperator(operator)).toBe(false);
  });
});

describe('enterprise groups', () => {
  it.each([
    ['NextEnergy Solar Fund', 'NESF'],
    ['NextEnergy Solar Fund', 'NextEnery Solar Fund (NESF)'],
    ['NextEnergy Solar Fund', 'NESF (formerly Lark Energy)'],
    ['RWE npower', 'RWE Npower Renewables'],
    ['Scottish and Southern Energy (SSE)', 'SSE Renewables'],
    ['Scottish and Southern Energy (SSE)', 'Scottish Hydro-Electric plc'],
    ['Scottish Power', 'ScottishPower Renewables (UK) Limited'],
    ['E.ON UK', 'Eon UK Plc'],
    ['Renewable Energy Systems (RES)', 'RES'],
    ['Community Windpower', 'Community Wind Power'],
    ['Glennmont Partners', 'Glenmont Partners'],
  ])('puts %j and %j in one group', (first, second) => {
    expect(groupOf(first)).toBe(groupOf(second));
  });

  it.each([
    ['Scottish Power Renewables', 'SSE Renewables'],
    ['NextEnergy Capital', 'NextEnergy Solar Fund'],
    ['Greencoat UK Wind', 'Greencoat Capital'],
    ['Foresight Solar Fund', 'Foresight Group'],
    ['Powergen', 'E.ON UK'],
    ['Airtricity', 'SSE Renewables'],
    ['Novera', 'Infinis'],
    ['Scottish Power Pension Fund', 'Scottish Power'],
    ['RWE npower', 'E.ON UK'],
    ['EDF Energy', 'E.ON UK'],
  ])('keeps %j and %j in different groups', (first, second) => {
    expect(groupOf(first)).not.toBe(groupOf(second));
  });

  it('has a consistent alias table', () => {
    expect(() => aliasLookup()).not.toThrow();
  });

  it('lists each alias once across the table', () => {
    const keys = Object.entries(ENTERPRISE_GROUP_ALIASES).flatMap(([group, members]) => [group, ...members]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('buildOrganisations', () => {
  const sites: OperatorSite[] = [
    { refId: '1', operator: 'Private Developer', registeredOn: '2015-01-01' },
    { refId: '2', operator: 'Private Developer', registeredOn: '2016-01-01' },
    { refId: '3', operator: '', registeredOn: '2017-01-01' },
    { refId: '4', operator: 'Unknown', registeredOn: '2018-01-01' },
    { refId: '5', operator: 'NextEnergy Solar Fund', registeredOn: '2019-06-01' },
    { refId: '6', operator: 'NextEnergy Solar Fund ', registeredOn: '2014-03-01' },
    { refId: '7', operator: 'NESF (formerly Lark Energy)', registeredOn: '2020-01-01' },
    { refId: '8', operator: 'Scottish Power Renewables', registeredOn: '2012-01-01' },
    { refId: '9', operator: 'SSE Renewables', registeredOn: '2013-01-01' },
  ];

  it('gives each placeholder site its own organisation and group', () => {
    const index = buildOrganisations(sites);
    const placeholderOrgs = ['1', '2', '3', '4'].map((refId) => index.orgIdByRefId.get(refId));
    expect(new Set(placeholderOrgs).size).toBe(4);

    const groups = index.organisations.filter((organisation) => organisation.isPlaceholder).map((organisation) => organisation.enterpriseGroupId);
    expect(new Set(groups).size).toBe(4);
    expect(index.placeholderSiteCount).toBe(4);
  });

  it('names placeholder organisations after their site', () => {
    const index = buildOrganisations(sites);
    const names = index.organisations.filter((organisation) => organisation.isPlaceholder).map((organisation) => organisation.name);
    expect(names.sort()).toEqual(['Operator not given (REPD 3)', 'Private Developer (REPD 1)', 'Private Developer (REPD 2)', 'Unknown (REPD 4)']);
  });

  it('merges spellings into one organisation', () => {
    const index = buildOrganisations(sites);
    const orgId = index.orgIdByRefId.get('5');
    expect(index.orgIdByRefId.get('6')).toBe(orgId);

    const organisation = index.organisations.find((candidate) => candidate.orgId === orgId);
    expect(organisation?.registeredOn).toBe('2014-03-01');
    expect(organisation?.name).toBe('NextEnergy Solar Fund');
  });

  it('puts aliases in one group as separate organisations', () => {
    const index = buildOrganisations(sites);
    const fund = index.organisations.find((organisation) => organisation.orgId === index.orgIdByRefId.get('5'));
    const nesf = index.organisations.find((organisation) => organisation.orgId === index.orgIdByRefId.get('7'));
    expect(nesf?.orgId).not.toBe(fund?.orgId);
    expect(nesf?.enterpriseGroupId).toBe(fund?.enterpriseGroupId);
    expect(index.aliasMerges).toEqual([
      { groupName: 'nextenergy solar fund', organisationNames: ['NESF (formerly Lark Energy)', 'NextEnergy Solar Fund'] },
    ]);
  });

  it('counts enterprise groups', () => {
    expect(buildOrganisations(sites).enterpriseGroupCount).toBe(7);
  });

  it('gives the same ids whatever the order of sites', () => {
    const forward = buildOrganisations(sites);
    const backward = buildOrganisations([...sites].reverse());
    expect(backward.organisations).toEqual(forward.organisations);
    expect(Object.fromEntries(backward.orgIdByRefId)).toEqual(Object.fromEntries(forward.orgIdByRefId));
  });
});

/**
 * The REPD columns the importer reads, by their header text in the published
 * extract. A file without one of them is rejected. Headers are matched after
 * trimming, because the extract has stray spaces in some of them.
 */
export const REPD_COLUMNS = {
  refId: 'Ref ID',
  recordLastUpdated: 'Record Last Updated (dd/mm/yyyy)',
  operator: 'Operator (or Applicant)',
  technologyType: 'Technology Type',
  installedCapacity: 'Installed Capacity (MWelec)',
  developmentStatusShort: 'Development Status (short)',
  country: 'Country',
  postCode: 'Post Code',
  easting: 'X-coordinate',
  northing: 'Y-coordinate',
  operational: 'Operational',
} as const;

export type RepdColumnKey = keyof typeof REPD_COLUMNS;

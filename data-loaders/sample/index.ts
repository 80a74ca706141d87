/** The synthetic sample warehouse, as the command line uses it. */
export { DEFAULT_SAMPLE, MAX_SAMPLE_ASSETS, REGISTER_OPENS, validateSampleOptions, type SampleOptions } from './options.ts';
export { formatSampleSummary, type SampleSummary } from './summary.ts';
export { writeSampleWarehouse, type WriteSampleOptions } from './write-sample-warehouse.ts';

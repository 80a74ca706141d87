/**
 * The headline figures of the home page, in display order. Each is the total
 * row of one measure of one dataset. `subject` starts the sentence that
 * reports its change ("Registered capacity rose by ...").
 */
export interface HeadlineSpec {
  datasetId: string;
  measureColumn: string;
  /** Short name shown above the figure. */
  label: string;
  /** Subject of the sentence, in sentence case. */
  subject: string;
}

export const HEADLINES: readonly HeadlineSpec[] = [
  {
    datasetId: 'capacity-by-technology',
    measureColumn: 'registered_capacity_mw',
    label: 'Registered capacity',
    subject: 'Registered capacity',
  },
  {
    datasetId: 'bess-by-gsp-group',
    measureColumn: 'registered_capacity_mw',
    label: 'Battery storage capacity',
    subject: 'Registered capacity of battery storage (BESS)',
  },
  {
    datasetId: 'capacity-by-technology',
    measureColumn: 'assets',
    label: 'Registered assets',
    subject: 'The number of registered assets',
  },
  {
    datasetId: 'fsps-qualified-by-product',
    measureColumn: 'fsps',
    label: 'FSPs qualified for any product',
    subject: 'The number of flexibility service providers (FSPs) qualified for at least one product',
  },
];

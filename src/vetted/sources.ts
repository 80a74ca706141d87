/**
 * Sources an edition's figures can come from. The manifest names the source
 * by id, and the site and the Data Package cite it in these words. A manifest
 * without a source was written before the field existed, when every edition
 * came from FMAR, so it reads as DEFAULT_SOURCE.
 */
import { z } from 'zod';

export const sourceIdSchema = z.enum(['fmar', 'repd', 'sample']);

export type SourceId = z.infer<typeof sourceIdSchema>;

/** Source of an edition whose manifest names none. */
export const DEFAULT_SOURCE: SourceId = 'fmar';

/** Citation of a source on the site and in the open data files. */
export interface SourceCitation {
  /** Publisher and title, for the footer's "Source:" line and the Data Package's `sources`. */
  title: string;
  /** Name that ends the edition page's opening sentence ("..., from the ..."). */
  name: string;
  /** Caveat a reader needs about figures from this source; undefined when there is none. */
  caveat?: string;
  /** Statement that re-users of the open data include to acknowledge the source. */
  attribution: string;
}

export const SOURCE_CITATIONS: Readonly<Record<SourceId, SourceCitation>> = {
  fmar: {
    title: 'Elexon, Flexibility Market Asset Register (FMAR)',
    name: 'the Flexibility Market Asset Register (FMAR)',
    attribution: 'Contains statistics from the Flexibility Market Asset Register, published by Elexon under the Open Government Licence v3.0.',
  },
  repd: {
    title: 'Department for Energy Security and Net Zero, Renewable Energy Planning Database (REPD)',
    name: 'the Renewable Energy Planning Database (REPD) of the Department for Energy Security and Net Zero',
    caveat:
      'REPD records operational sites but no market units or product qualifications, so the figures of qualified flexibility service providers come from synthetic qualifications made when the register was imported.',
    attribution:
      'Contains statistics derived from the Renewable Energy Planning Database of the Department for Energy Security and Net Zero, under the Open Government Licence v3.0. The figures of qualified flexibility service providers are synthetic.',
  },
  sample: {
    title: 'Synthetic sample warehouse (invented data, not FMAR)',
    name: 'a synthetic sample warehouse',
    caveat: 'Every figure comes from invented data in the shape of the market. None describes a real asset or provider.',
    attribution: 'Contains invented statistics from a synthetic sample warehouse. They describe no real asset or provider and are not FMAR statistics.',
  },
};

/** Returns the citation of an edition's source, FMAR's when the manifest names none. */
export function citeSource(source: SourceId | undefined): SourceCitation {
  return SOURCE_CITATIONS[source ?? DEFAULT_SOURCE];
}

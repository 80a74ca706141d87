/** The licence and source of the published statistics, as the open data files and pages name them. */

/** Open Definition id of the Open Government Licence v3.0. */
export const LICENCE_ID = 'OGL-UK-3.0';

export const LICENCE_TITLE = 'Open Government Licence v3.0';

/** The licence's text at The National Archives. */
export const LICENCE_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** Publisher and source of the statistics. */
export const PUBLISHER = 'Elexon';


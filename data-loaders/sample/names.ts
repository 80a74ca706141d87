/**
 * Word lists for synthetic organisation names. Any likeness to a real company
 * is chance. Distinctive names also let tests check that no organisation name
 * reaches the published site.
 */

/** Brand words for enterprise groups. */
export const BRAND_WORDS: readonly string[] = [
  'Alderwick', 'Ashgrove', 'Barrowfield', 'Beaconsway', 'Blackthorn', 'Bramblecote', 'Brightwater', 'Caldermoor',
  'Cedarline', 'Cloverleigh', 'Corriebeg', 'Dunmorrow', 'Eastwold', 'Elmstead', 'Fernhollow', 'Foxglen',
  'Garthwaite', 'Glenmarrow', 'Greystane', 'Harrowdene', 'Heathmere', 'Holmbridge', 'Juniperfield', 'Kestrelmoor',
  'Larchmount', 'Linnetvale', 'Lochbrae', 'Marramsea', 'Meadowsweet', 'Merlinstone', 'Mosswood', 'Northwold',
  'Oakhanger', 'Osierbank', 'Pennyrigg', 'Quarrydale', 'Ravenscleugh', 'Redmarley', 'Rowanlea', 'Saltmarsh',
  'Sedgebrook', 'Shieldaig', 'Skylarkfield', 'Sloeberry', 'Sorrelhurst', 'Southwold', 'Stonechat', 'Swaledale',
  'Tamarisk', 'Teasel', 'Thistledown', 'Thornleigh', 'Tidewell', 'Torrancefield', 'Wagtail', 'Wealdstone',
  'Westerhope', 'Whinfell', 'Whitebeam', 'Willowbrook', 'Windle', 'Wrenbury', 'Yarrowby', 'Yewcroft',
];

/** Second words of middle-tier group names. */
export const SECTOR_WORDS: readonly string[] = [
  'Energy', 'Power', 'Flex', 'Renewables', 'Grid Services', 'Storage', 'Energy Services', 'Generation',
  'Green Energy', 'Utilities', 'Smart Energy', 'Infrastructure',
];

/** Endings of the legal entities of a large group, after the brand word. The first is the parent company. */
export const ENTITY_ENDINGS: readonly string[] = [
  'Holdings plc', 'Energy Ltd', 'Flexibility Services Ltd', 'Storage Assets Ltd', 'Trading Ltd', 'Projects Ltd',
];

/** Place words for the names of single-site owners. */
export const PLACE_WORDS: readonly string[] = [
  'Abbotsmead', 'Ashcombe', 'Balgownie', 'Barnsdale', 'Birchover', 'Blackmere', 'Bradwell Fen', 'Brackenhurst',
  'Castlerigg', 'Chalkpit', 'Coldharbour', 'Cragside', 'Culverhay', 'Dalmore', 'Deepdale', 'Drumlithie',
  'Elmhirst', 'Fallowfield', 'Fenby', 'Glebe', 'Goldhanger', 'Greenacre', 'Hallbank', 'Hatherden',
  'Highmoor', 'Hollinsclough', 'Inchbrae', 'Kilnhurst', 'Kirkhope', 'Langdyke', 'Lower Marsh', 'Manor Barn',
  'Millbrook', 'Moorcroft', 'Netherby', 'New Grange', 'Oakmere', 'Old Rectory', 'Pennington', 'Quarry Hill',
  'Redhouse', 'Ryecroft', 'Sandpits', 'Shawfield', 'Stonycroft', 'Thornbury Wold', 'Upper Lea', 'Westfield',
];

/** Site words of single-site owners' names, by asset category. */
export const SITE_WORDS_BY_CATEGORY: Readonly<Record<string, string>> = {
  bess: 'Battery Storage',
  solar_pv: 'Solar Farm',
  wind: 'Wind Farm',
  hydro: 'Hydro',
  bioenergy: 'Biogas',
  chp: 'Energy Centre',
  ev_charging: 'Charging Hub',
  heat_pump: 'Heat Network',
  dsr: 'Works',
  other: 'Energy',
};

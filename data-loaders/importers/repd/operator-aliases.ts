/**
 * Enterprise groups that the normaliser cannot find by itself: typing errors,
 * standalone abbreviations, renamed companies and subsidiaries that carry the
 * parent's name. Each entry maps the group's key to the normalised operator
 * keys that belong to it, all found in the REPD Q1 2024 extract.
 *
 * Rules followed, so that two companies of different groups are never merged:
 * - A subsidiary joins its parent's group only when its name carries the
 *   parent's name and it belonged to that parent when REPD recorded it.
 * - A listed fund and its investment manager stay apart (NextEnergy Solar
 *   Fund and NextEnergy Capital, Greencoat UK Wind and Greencoat Capital,
 *   Foresight Solar Fund and Foresight Group): a fund is a company with its
 *   own board and shareholders.
 * - A joint operation ("A / B") is its own group, and a name followed by a
 *   site, client or status note ("Veolia (SELCHP)", "Green Switch Solutions
 *   - SOLD") stays apart from the bare name.
 * - A company taken over by another keeps its own group ("Powergen",
 *   "Novera", "Airtricity"), because REPD does not say when a site changed
 *   hands.
 */
export const ENTERPRISE_GROUP_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // Typing errors of one company's name.
  'anglian water services': ['anglian water', 'anglian water services litimited'],
  'bluefield renewable developments': ['bluefield renewwable developments'],
  'cranfield university': ['cranfield univsersity'],
  'enviromena asset management': ['environmenta asset management'],
  'glennmont partners': ['glenmont partners'],
  'octopus investments': ['octopus investment', 'octopus imvetments'],
  'padero solar': ['padero solaer'],
  viridor: ['biridor'],

  // One name written with and without a space.
  'community windpower': ['community wind power', 'community windpower community wind power'],
  'clean earth energy': ['cleanearth energy', 'clean earth', 'cleanearth'],
  'esco nrg': ['esconrg'],
  nextenergy: ['next energy'],
  'wind prospect': ['windprospect', 'wind prospect developments', 'wind prospect ireland'],

  // Standalone abbreviations, typing errors and spacing of the fund's name.
  'nextenergy solar fund': ['nesf', 'next energy solar fund', 'nextenery solar fund'],
  'renewable energy systems': ['res'],
  'renewables infrastructure group': ['trig', 'renewables infrastructure group trig'],
  'combined landfill projects': ['clp', 'clp envirogas', 'combined landfill projects clp envirogas'],

  // Ørsted, written with a replacement character in place of the Ø.
  orsted: ['rsted', 'orsted onshore', 'orsted power'],

  // Utilities and energy companies with their renamed and subsidiary names.
  'scottish and southern energy': [
    'scottish and southern sse',
    'scottish southern energy',
    'scottish southern energy renewables',
    'scottish and southern energy scottish hydro electric',
    'scottish hydro electric',
    'scottish hydroelectric power distribution shepd',
    'sse',
    'sse renewables',
    'sse battery storage',
    'sse energy solutions',
    'sse enterprise',
    'sse enterprise contracting',
    'sse enterprise sse',
  ],
  'scottish power': [
    'scottish power renewables',
    'scottishpower renewables',
    'scottish power energy retail',
    'scottish power limited payments and supplier services department',
  ],
  rwe: [
    'rwe npower',
    'rwe npower renewables',
    'rwe innogy',
    'rwe renewables',
    'rwe renewables uk swindon',
    'rwe generation',
    'npower',
    'npower renewables',
    'innogy',
  ],
  'e on': [
    'eon',
    'e on renewables',
    'e on uk renewables',
    'eon uk renewables',
    'e on uk renewables developments',
    'e on climate and renewables',
    'e on climate and renewables uk developments',
    'e on uk heat',
    'eon uk heat',
    'eon b2b solutions',
    'e on agent environmental planning and management',
  ],
  edf: [
    'edf energy',
    'edf energy renewables',
    'edf energy renewables merged with pivot power',
    'edf renewables',
    'edf renewables power',
    'edf energies nouvelles',
    'edf energy thermal generation',
    'edf energy northern offshore windfarm',
    'edf trading gas storage',
  ],
  engie: ['engie gdf suez', 'gdf suez energy', 'engie renewables', 'engie regeneration', 'engie developments ireland'],
  statkraft: ['statkraft as', 'statkraft wind'],
  vattenfall: ['vattenfall wind power', 'vattenfall wind power limited vattenfall'],
  veolia: ['veolia energy services', 'veolia es'],
  'severn trent': ['severn trent water', 'severn trent green power group'],
  'northumbrian water': ['northumbrian water limited head office'],
  infinis: [
    'infinis energy services',
    'infinis solar developments',
    'infinis battery storage',
  ],
  'lightsource bp': [
    'lightsource',
    'lightsource renewable energy',
    'lightsource renewable energy rashmika spv 1',
    'lightsource spv 154',
    'lightsource spv 175',
    'lightsource spv 189',
    'lightsource spv 196',
  ],
  'natural power': ['natural power consultants'],
  'good energy': ['good energy generation'],
  'banks group': ['banks renewables', 'banks renewable', 'banks development'],
  blackrock: ['blackrock real assets'],
  'zenobe energy': ['zenobe'],
  wirsol: ['wirsol energy'],
  'john laing environmental assets group': ['john laing environmental assets'],
  scotrenewables: ['scotrenewables scotland'],

  // Other companies and public bodies under a second name.
  'bentley motors': ['bentley motor cars'],
  'bernard matthews': ['bernard matthews green energy'],
  'mackies of scotland': ['mackies'],
  lidl: ['lidl great britain', 'lidl northern ireland'],
  'durham county waste management': ['durham county waste management company'],
  'bristol city council': ['bristol city council energy management unit'],
  'cornwall council': ['cornwall council property services'],
};

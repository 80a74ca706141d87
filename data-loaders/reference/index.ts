/** Reference data shared by the importers, the data loaders and the site. */
export * from './asset-categories.ts';
export * from './gsp-groups.ts';
export * from './products.ts';

/** Every dataset an edition publishes, in the order the site shows them. */
import { bessByGspGroup } from './bess-by-gsp-group.ts';
import { capacityByCategoryClass } from './capacity-by-category-class.ts';
import { capacityByTechnology } from './capacity-by-technology.ts';
import type { DatasetLoader } from './definition.ts';
import { fspsQualifiedByProduct } from './fsps-qualified-by-product.ts';

export const DATASETS: readonly DatasetLoader[] = [capacityByTechnology, capacityByCategoryClass, bessByGspGroup, fspsQualifiedByProduct];

import { dataAsOf } from '$lib/data/as-of';
import { BUILT, shippedData } from '$lib/server/data';
import type { LayoutServerLoad } from './$types';

/** The shipped data's as-of date and the build day, for the "Data as of" line of every Figure. */
export const load: LayoutServerLoad = () => ({ asOf: dataAsOf(shippedData(), BUILT) });

import { delegationsIndex } from '$lib/figures/delegations/figures';
import { dataFor } from '$lib/figures/define';
import { shippedData } from '$lib/server/data';
import type { PageServerLoad } from './$types';

/** The claimed rise, the 1978 trips and the sources they cite. */
export const load: PageServerLoad = () => dataFor([delegationsIndex], shippedData());

import { shippedData } from '$lib/server/data';
import { DELEGATIONS_CLAIM_ID, delegationsView } from './delegations-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { claim, ...view } = delegationsView(shippedData());
	if (!claim) throw new Error(`data/claims.csv has no row with id ${DELEGATIONS_CLAIM_ID}`);
	return { ...view, claim };
};

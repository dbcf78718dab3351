import { error } from '@sveltejs/kit';
import { shippedData } from '$lib/server/data';
import { CHANNELS_CLAIM_ID, channelsView } from './channels-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { claim, ...view } = channelsView(shippedData());
	if (!claim) error(500, `data/claims.csv has no claim with id ${CHANNELS_CLAIM_ID}`);
	return { ...view, claim };
};

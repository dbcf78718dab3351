import { CHANNELS_DOMAIN } from '$lib/figures/channels/LanesFigure.svelte';
import { shippedData } from '$lib/server/data';
import { overviewView } from './overview-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { channelsClaim, delegationsClaim, ...view } = overviewView(shippedData(), CHANNELS_DOMAIN);
	if (!channelsClaim || !delegationsClaim)
		throw new Error('data/claims.csv lacks a claim the overview draws');
	// The domain goes to the page so the headlines can be computed again there from imported data.
	return { ...view, channelsClaim, delegationsClaim, channelsDomain: CHANNELS_DOMAIN };
};

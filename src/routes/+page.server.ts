import { CHANNELS_DOMAIN } from '$lib/transforms/channel-timeline';
import { shippedData } from '$lib/server/data';
import { overviewView } from './overview-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const view = overviewView(shippedData(), CHANNELS_DOMAIN);
	if (!view.complete) throw new Error('data/claims.csv lacks a claim the overview draws');
	// The domain goes to the page so the headlines can be computed again there from imported data.
	return { ...view, channelsDomain: CHANNELS_DOMAIN };
};

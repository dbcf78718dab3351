import { channelsClaim, channelsCount, channelsLanes } from '$lib/figures/channels/figures';
import { dataFor } from '$lib/figures/define';
import { shippedData } from '$lib/server/data';
import type { PageServerLoad } from './$types';

/** What the page's Figures draw (the register, the claim, the events) and the sources they cite. */
export const load: PageServerLoad = () =>
	dataFor([channelsClaim, channelsLanes, channelsCount], shippedData());

import { CHANNELS_DOMAIN } from '$lib/figures/channels/LanesFigure.svelte';
import { sourcesOf } from '$lib/figure/sources';
import { shippedData } from '$lib/server/data';
import { channelsHeadline, delegationsHeadline, engagementHeadline } from './headlines';
import type { PageServerLoad } from './$types';

const CHANNELS_CLAIM = 'five-of-fifty-channels';
const DELEGATIONS_CLAIM = 'delegations-1979-rise';

export const load: PageServerLoad = () => {
	const data = shippedData();
	const channelsClaim = data.claims.find((c) => c.id === CHANNELS_CLAIM);
	const delegationsClaim = data.claims.find((c) => c.id === DELEGATIONS_CLAIM);
	if (!channelsClaim || !delegationsClaim)
		throw new Error('data/claims.csv lacks a claim the overview draws');
	return {
		channelsClaim,
		delegationsClaim,
		trips: data.trips,
		events: data.events,
		sources: sourcesOf([channelsClaim, delegationsClaim, ...data.trips, ...data.events], data.sources),
		headlines: {
			channels: channelsHeadline(data, CHANNELS_CLAIM, CHANNELS_DOMAIN),
			delegations: delegationsHeadline(data, DELEGATIONS_CLAIM),
			engagement: engagementHeadline(data)
		}
	};
};

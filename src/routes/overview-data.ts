/**
 * What the overview draws, picked from a data bundle: the shipped one at build time, or (loaded only once
 * something is imported) the shipped data with the user's imports applied, headlines included.
 */
import type { DataBundle } from '$lib/data/load';
import { sourcesOf } from '$lib/figure/sources';
import { channelsFacts, delegationsFacts, engagementFacts } from './headlines';

export const CHANNELS_CLAIM_ID = 'five-of-fifty-channels';
export const DELEGATIONS_CLAIM_ID = 'delegations-1979-rise';

/**
 * overviewView() keeps the two claims, the trips, the events, the sources they cite and the facts of the three
 * sentences (the page writes them in its language: see headlines.ts).
 */
export function overviewView(data: DataBundle, channelsDomain: [Date, Date]) {
	const channelsClaim = data.claims.find((c) => c.id === CHANNELS_CLAIM_ID);
	const delegationsClaim = data.claims.find((c) => c.id === DELEGATIONS_CLAIM_ID);
	const claims = [channelsClaim, delegationsClaim].filter((c) => c !== undefined);
	return {
		channelsClaim,
		delegationsClaim,
		trips: data.trips,
		events: data.events,
		sources: sourcesOf([...claims, ...data.trips, ...data.events], data.sources),
		headlines: {
			channels: channelsFacts(data, CHANNELS_CLAIM_ID, channelsDomain),
			delegations: delegationsFacts(data, DELEGATIONS_CLAIM_ID),
			engagement: engagementFacts(data)
		}
	};
}

export type OverviewView = ReturnType<typeof overviewView>;

/**
 * What the overview draws, picked from a data bundle: the shipped one at build time, or (loaded only once
 * something is imported) the shipped data with the user's imports applied, headlines included.
 */
import type { DataBundle } from '$lib/data/load';
import { CHANNELS_CLAIM_ID, channelsClaim } from '$lib/figures/channels/figures';
import { claimById } from '$lib/figures/claims';
import { dataFor } from '$lib/figures/define';
import { DELEGATIONS_CLAIM_ID, delegationsIndex } from '$lib/figures/delegations/figures';
import { engagementCounts } from '$lib/figures/engagement/figures';
import { channelsFacts, delegationsFacts, engagementFacts } from './headlines';

/** The three headline Figures, in page order. */
export const OVERVIEW_FIGURES = [channelsClaim, delegationsIndex, engagementCounts];

/**
 * overviewView() keeps what the three Figures draw, whether the bundle holds both claims they draw, and the
 * facts of the three sentences (the page writes them in its language: see headlines.ts).
 */
export function overviewView(data: DataBundle, channelsDomain: [Date, Date]) {
	return {
		data: dataFor(OVERVIEW_FIGURES, data),
		complete: !!claimById(data, CHANNELS_CLAIM_ID) && !!claimById(data, DELEGATIONS_CLAIM_ID),
		headlines: {
			channels: channelsFacts(data, CHANNELS_CLAIM_ID, channelsDomain),
			delegations: delegationsFacts(data, DELEGATIONS_CLAIM_ID),
			engagement: engagementFacts(data)
		}
	};
}

export type OverviewView = ReturnType<typeof overviewView>;

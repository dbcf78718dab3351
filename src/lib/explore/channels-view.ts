/**
 * The records, window and filter notes the channel charts draw for a view state, used by the page, by a
 * briefing slide restoring a saved state and by an embed, so all three agree.
 */
import type { ChannelPeriod } from '$lib/data/schemas/channel-periods';
import type { Channel } from '$lib/data/schemas/channels';
import type { EngagementEvent } from '$lib/data/schemas/engagement-events';
import { CHANNELS_DOMAIN } from '$lib/transforms/channel-timeline';
import { filterNote, keepConfidence, windowDomain } from './filter';
import { filterChannels } from './filter-channels';
import type { ViewState } from './view-state';

/** The controls of the view (in the order their notes name them). */
export const CHANNELS_CONTROLS = ['category', 'status', 'confidence'] as const;

/** channelsExplore() filters the register and its rule events and sets the window of the channel charts. */
export function channelsExplore(
	channels: Channel[],
	periods: ChannelPeriod[],
	events: EngagementEvent[],
	state: ViewState
) {
	const domain = windowDomain(state, CHANNELS_DOMAIN);
	const kept = filterChannels(channels, periods, state, domain);
	return {
		...kept,
		events: keepConfidence(events, state),
		domain,
		note: filterNote(state, CHANNELS_CONTROLS, kept.channels.length, channels.length, 'channels')
	};
}

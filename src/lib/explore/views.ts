/**
 * The records, window and filter notes each view's time charts draw for a view state: one function per
 * view, used by the page, by a briefing slide restoring a saved state and by an embed, so all three agree.
 */
import type { ChannelPeriod } from '$lib/data/schemas/channel-periods';
import type { Channel } from '$lib/data/schemas/channels';
import type { EngagementEvent } from '$lib/data/schemas/engagement-events';
import type { PeopleValue } from '$lib/data/schemas/people-series';
import { CHANNELS_DOMAIN } from '$lib/figures/channels/LanesFigure.svelte';
import { ENGAGEMENT_DOMAIN } from '$lib/transforms/engagement-counts';
import { filterChannels, filterEvents, filterNote, keepConfidence, windowDomain } from './filter';
import type { ViewState } from './view-state';

/** The controls of each view (in the order their notes name them). */
export const ENGAGEMENT_CONTROLS = ['track', 'confidence', 'actor', 'q'] as const;
export const CHANNELS_CONTROLS = ['category', 'status', 'confidence'] as const;

/** engagementExplore() filters the log and the people series and sets the window of the engagement charts. */
export function engagementExplore(events: EngagementEvent[], people: PeopleValue[], state: ViewState) {
	const shown = filterEvents(events, state);
	const peopleShown = keepConfidence(people, state);
	return {
		events: shown,
		people: peopleShown,
		domain: windowDomain(state, ENGAGEMENT_DOMAIN),
		eventsNote: filterNote(state, ENGAGEMENT_CONTROLS, shown.length, events.length, 'events'),
		peopleNote: filterNote(state, ['confidence'], peopleShown.length, people.length, 'values')
	};
}

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

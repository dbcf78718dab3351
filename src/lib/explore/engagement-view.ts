/**
 * The records, window and filter notes the engagement charts draw for a view state, used by the page, by a
 * briefing slide restoring a saved state and by an embed, so all three agree.
 */
import type { EngagementEvent } from '$lib/data/schemas/engagement-events';
import type { PeopleValue } from '$lib/data/schemas/people-series';
import { ENGAGEMENT_DOMAIN } from '$lib/transforms/engagement-counts';
import { filterEvents, filterNote, keepConfidence, windowDomain } from './filter';
import type { ViewState } from './view-state';

/** The controls of the view (in the order their notes name them). */
export const ENGAGEMENT_CONTROLS = ['track', 'confidence', 'actor', 'q'] as const;

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

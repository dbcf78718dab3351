/** The Figures of /engagement, as the registry wires them (see ../registry.ts). */
import { engagementExplore } from '$lib/explore/engagement-view';
import { m } from '$lib/i18n';
import { defineFigure } from '../define';
import EngagementCountsFigure from './EngagementCountsFigure.svelte';
import EngagementTracksFigure from './EngagementTracksFigure.svelte';
import PeopleSeriesFigure from './PeopleSeriesFigure.svelte';

export const engagementTracks = defineFigure({
	id: 'engagement-tracks',
	component: EngagementTracksFigure,
	uses: ['events', 'people', 'sources'],
	title: () => m.engagement_tracks_title(),
	props: (d, view) => {
		const shown = engagementExplore(d.events, d.people, view);
		return { events: shown.events, domain: shown.domain, filterNote: shown.eventsNote, sources: d.sources };
	}
});

export const engagementCounts = defineFigure({
	id: 'engagement-counts',
	component: EngagementCountsFigure,
	uses: ['events', 'people', 'sources'],
	title: () => m.engagement_counts_title(),
	props: (d, view) => {
		const shown = engagementExplore(d.events, d.people, view);
		return { events: shown.events, domain: shown.domain, filterNote: shown.eventsNote, sources: d.sources };
	}
});

export const engagementPeople = defineFigure({
	id: 'engagement-people',
	component: PeopleSeriesFigure,
	uses: ['events', 'people', 'sources'],
	title: () => m.engagement_people_title(),
	props: (d, view) => {
		const shown = engagementExplore(d.events, d.people, view);
		return { values: shown.people, domain: shown.domain, filterNote: shown.peopleNote, sources: d.sources };
	}
});

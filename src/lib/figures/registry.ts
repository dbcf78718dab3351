/**
 * Every Figure of the dashboard with how to build its props from the datasets: what `npm run export`
 * renders, and the list other tools (briefings, embeds) can draw from.
 */
import type { Component } from 'svelte';
import type { DataBundle } from '$lib/data/load';
import { DEFAULT_VIEW_STATE, type ViewState } from '$lib/explore/view-state';
import { channelsExplore } from '$lib/explore/channels-view';
import { engagementExplore } from '$lib/explore/engagement-view';
import { m } from '$lib/i18n';
import { claimFraction } from '$lib/transforms/claim-units';
import ClaimFigure from './channels/ClaimFigure.svelte';
import CountFigure from './channels/CountFigure.svelte';
import LanesFigure from './channels/LanesFigure.svelte';
import DelegationsFigure from './delegations/DelegationsFigure.svelte';
import EngagementCountsFigure from './engagement/EngagementCountsFigure.svelte';
import EngagementTracksFigure from './engagement/EngagementTracksFigure.svelte';
import PeopleSeriesFigure from './engagement/PeopleSeriesFigure.svelte';

/** Ids of the records some Figures pick out of the datasets. */
export const CHANNELS_CLAIM_ID = 'five-of-fifty-channels';
export const DELEGATIONS_CLAIM_ID = 'delegations-1979-rise';
export const LANE_RULE_EVENT_IDS = ['eight-countermeasures', 'woodside-summit'];

export interface FigureEntry {
	id: string;
	view: 'channels' | 'delegations' | 'engagement';
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<any>;
	/** The Figure's props from the datasets, filtered and windowed as `state` says (the default view if none). */
	props: (data: DataBundle, state?: ViewState) => Record<string, unknown>;
	/** The Figure's title in the page's language, as its heading says it (embed page titles). */
	title: (data: DataBundle) => string;
}

function claim(data: DataBundle, id: string) {
	const c = data.claims.find((x) => x.id === id);
	if (!c) throw new Error(`data/claims.csv has no claim with id ${id}`);
	return c;
}

function engagementEvents(d: DataBundle, state = DEFAULT_VIEW_STATE) {
	const view = engagementExplore(d.events, d.people, state);
	return { events: view.events, domain: view.domain, filterNote: view.eventsNote, sources: d.sources };
}

export const FIGURES: FigureEntry[] = [
	{
		id: 'channels-claim',
		view: 'channels',
		component: ClaimFigure,
		title: (d) => {
			const c = claim(d, CHANNELS_CLAIM_ID);
			return m.channels_claim_title({ fraction: claimFraction(c), value: c.value, total: c.total ?? '' });
		},
		props: (d) => ({ claim: claim(d, CHANNELS_CLAIM_ID), sources: d.sources })
	},
	{
		id: 'channels-lanes',
		view: 'channels',
		component: LanesFigure,
		title: () => m.channels_lanes_title(),
		props: (d, state = DEFAULT_VIEW_STATE) => {
			const rules = d.events.filter((e) => LANE_RULE_EVENT_IDS.includes(e.id));
			const view = channelsExplore(d.channels, d.channelPeriods, rules, state);
			return {
				channels: view.channels,
				periods: view.periods,
				events: view.events,
				domain: view.domain,
				filterNote: view.note,
				claim: claim(d, CHANNELS_CLAIM_ID),
				sources: d.sources
			};
		}
	},
	{
		id: 'channels-count',
		view: 'channels',
		component: CountFigure,
		title: () => m.channels_count_title(),
		props: (d, state = DEFAULT_VIEW_STATE) => {
			const view = channelsExplore(d.channels, d.channelPeriods, [], state);
			return {
				channels: view.channels,
				periods: view.periods,
				domain: view.domain,
				filterNote: view.note,
				claim: claim(d, CHANNELS_CLAIM_ID),
				sources: d.sources
			};
		}
	},
	{
		id: 'delegations-index',
		view: 'delegations',
		component: DelegationsFigure,
		title: () => m.delegations_title(),
		props: (d) => ({ claim: claim(d, DELEGATIONS_CLAIM_ID), trips: d.trips, sources: d.sources })
	},
	{
		id: 'engagement-tracks',
		view: 'engagement',
		component: EngagementTracksFigure,
		title: () => m.engagement_tracks_title(),
		props: (d, state) => engagementEvents(d, state)
	},
	{
		id: 'engagement-counts',
		view: 'engagement',
		component: EngagementCountsFigure,
		title: () => m.engagement_counts_title(),
		props: (d, state) => engagementEvents(d, state)
	},
	{
		id: 'engagement-people',
		view: 'engagement',
		component: PeopleSeriesFigure,
		title: () => m.engagement_people_title(),
		props: (d, state = DEFAULT_VIEW_STATE) => {
			const view = engagementExplore(d.events, d.people, state);
			return { values: view.people, domain: view.domain, filterNote: view.peopleNote, sources: d.sources };
		}
	}
];

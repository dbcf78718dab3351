/** The Figures of /channels, as the registry wires them (see ../registry.ts). */
import { channelsExplore } from '$lib/explore/channels-view';
import { m } from '$lib/i18n';
import { claimFraction } from '$lib/transforms/claim-units';
import { requireClaim } from '../claims';
import { defineFigure } from '../define';
import ClaimFigure from './ClaimFigure.svelte';
import CountFigure from './CountFigure.svelte';
import LanesFigure from './LanesFigure.svelte';

/** The claim drawn as 50 units (and as a dashed rule on the lanes). */
export const CHANNELS_CLAIM_ID = 'five-of-fifty-channels';
/** The events of the log drawn as labelled rules on the lanes. */
export const LANE_RULE_EVENT_IDS: readonly string[] = ['eight-countermeasures', 'woodside-summit'];

export const channelsClaim = defineFigure({
	id: 'channels-claim',
	component: ClaimFigure,
	uses: ['claims', 'sources'],
	title: (d) => {
		const c = requireClaim(d, CHANNELS_CLAIM_ID);
		return m.channels_claim_title({ fraction: claimFraction(c), value: c.value, total: c.total ?? '' });
	},
	props: (d) => ({ claim: requireClaim(d, CHANNELS_CLAIM_ID), sources: d.sources })
});

export const channelsLanes = defineFigure({
	id: 'channels-lanes',
	component: LanesFigure,
	uses: ['channels', 'channelPeriods', 'events', 'claims', 'sources'],
	title: () => m.channels_lanes_title(),
	props: (d, view) => {
		const rules = d.events.filter((e) => LANE_RULE_EVENT_IDS.includes(e.id));
		const shown = channelsExplore(d.channels, d.channelPeriods, rules, view);
		return {
			channels: shown.channels,
			periods: shown.periods,
			events: shown.events,
			domain: shown.domain,
			filterNote: shown.note,
			claim: requireClaim(d, CHANNELS_CLAIM_ID),
			sources: d.sources
		};
	}
});

export const channelsCount = defineFigure({
	id: 'channels-count',
	component: CountFigure,
	uses: ['channels', 'channelPeriods', 'claims', 'sources'],
	title: () => m.channels_count_title(),
	props: (d, view) => {
		const shown = channelsExplore(d.channels, d.channelPeriods, [], view);
		return {
			channels: shown.channels,
			periods: shown.periods,
			domain: shown.domain,
			filterNote: shown.note,
			claim: requireClaim(d, CHANNELS_CLAIM_ID),
			sources: d.sources
		};
	}
});

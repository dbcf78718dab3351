/**
 * The deck that ships: one slide per view (the named channels, the claimed 1979 rise, engagement per
 * quarter), each takeaway computed from the data so it never drifts from the charts. Slide ids are fixed,
 * so the presenting window and the presenter view agree on the default deck without saving it.
 */
import type { DataBundle } from '$lib/data/load';
import { CHANNELS_DOMAIN } from '$lib/figures/channels/LanesFigure.svelte';
import { lanesSummary } from '$lib/figures/channels/export';
import { engagementSummary } from '$lib/figures/engagement/export';
import { CHANNELS_CLAIM_ID, DELEGATIONS_CLAIM_ID } from '$lib/figures/registry';
import { channelLanes, countsAt, statusCountsOverTime } from '$lib/transforms/channel-timeline';
import { formatIsoDate, toDate } from '$lib/transforms/dates';
import { ENGAGEMENT_DOMAIN, engagementByQuarter } from '$lib/transforms/engagement-counts';
import { DECK_VERSION, type Deck, type Slide } from './deck';

const slide = (
	id: string,
	figure: string,
	view: string,
	title: string,
	takeaway: string,
	notes: string
): Slide => ({
	id,
	chart: { version: 1, figure, view, state: {}, lang: 'en' },
	title,
	takeaway,
	notes
});

/** channelsTakeaway() compares the named channels active on the day of the claim with the end of the data. */
export function channelsTakeaway(data: DataBundle): string {
	const claim = data.claims.find((c) => c.id === CHANNELS_CLAIM_ID);
	const steps = statusCountsOverTime(channelLanes(data.channels, data.channelPeriods, CHANNELS_DOMAIN));
	const last = steps.at(-1);
	if (!claim || !last) return '';
	const onTheDay = countsAt(steps, toDate(claim.said_on))?.counts.active ?? 0;
	const end = formatIsoDate(new Date(last.end.getTime() - 864e5).toISOString().slice(0, 10));
	return (
		`Of ${data.channels.length} named channels, ${onTheDay} were active when “${claim.value} of ${claim.total}” ` +
		`was claimed (${formatIsoDate(claim.said_on)}), and ${last.counts.active} by ${end}.`
	);
}

/** delegationsTakeaway() states the claimed rise as a claim, beside what is sourced. */
export function delegationsTakeaway(data: DataBundle): string {
	const claim = data.claims.find((c) => c.id === DELEGATIONS_CLAIM_ID);
	if (!claim) return '';
	return (
		`Claimed, not counted: delegations abroad rose by more than ${claim.value}% in ${claim.claim_period}; ` +
		`${data.trips.length} trips of ${claim.base_period} are sourced.`
	);
}

/** engagementTakeaway() names the busiest quarter of the log and its split between the tracks. */
export function engagementTakeaway(data: DataBundle): string {
	const rows = engagementByQuarter(data.events, ENGAGEMENT_DOMAIN);
	if (rows.length === 0) return '';
	const busiest = rows.reduce((a, r) => (r.official + r.civil > a.official + a.civil ? r : a));
	if (busiest.official + busiest.civil === 0) return '';
	return (
		`Busiest quarter in the log: ${busiest.quarter}, with ${busiest.official} official and ` +
		`${busiest.civil} civil events.`
	);
}

export function defaultDeck(data: DataBundle): Deck {
	const delegations = data.claims.find((c) => c.id === DELEGATIONS_CLAIM_ID);
	const lanes = channelLanes(data.channels, data.channelPeriods, CHANNELS_DOMAIN);
	return {
		version: DECK_VERSION,
		title: 'US–China channels: a briefing',
		slides: [
			slide(
				'default-channels',
				'channels-lanes',
				'/channels',
				'Named channels: closed in August 2022, reopened through 2024',
				channelsTakeaway(data),
				lanesSummary(lanes, statusCountsOverTime(lanes))
			),
			slide(
				'default-delegations',
				'delegations-index',
				'/delegations',
				'Delegations after 1978: a claimed rise',
				delegationsTakeaway(data),
				delegations
					? `${delegations.speaker} is the source of the claim (${formatIsoDate(delegations.said_on)}). No count was published, so the rise is drawn as an index, ${delegations.base_period} = 100, with a claimed lower bound of ${100 + delegations.value}.`
					: ''
			),
			slide(
				'default-engagement',
				'engagement-counts',
				'/engagement',
				'Engagement per quarter: official and civil',
				engagementTakeaway(data),
				engagementSummary(data.events)
			)
		]
	};
}

/**
 * The deck that ships: one slide per view (the named channels, the claimed 1979 rise, engagement per
 * quarter), each takeaway computed from the data so it never drifts from the charts. Slide ids are fixed,
 * so the presenting window and the presenter view agree on the default deck without saving it. Titles,
 * takeaways and notes are in the page's language, computed each time the deck is drawn.
 */
import type { DataBundle } from '$lib/data/load';
import { getLocale, m } from '$lib/i18n';
import { lanesSummary } from '$lib/figures/channels/export';
import { CHANNELS_CLAIM_ID, channelsLanes } from '$lib/figures/channels/figures';
import { claimById } from '$lib/figures/claims';
import { DELEGATIONS_CLAIM_ID, delegationsIndex } from '$lib/figures/delegations/figures';
import { engagementSummary } from '$lib/figures/engagement/export';
import { engagementCounts } from '$lib/figures/engagement/figures';
import type { FigureId } from '$lib/figures/registry';
import {
	CHANNELS_DOMAIN,
	channelLanes,
	countsAt,
	statusCountsOverTime
} from '$lib/transforms/channel-timeline';
import { formatIsoDate, toDate } from '$lib/transforms/dates';
import { ENGAGEMENT_DOMAIN, engagementByQuarter, quarterName } from '$lib/transforms/engagement-counts';
import { DECK_VERSION, type Deck, type Slide } from './deck';

const slide = (
	id: string,
	figure: FigureId,
	view: string,
	title: string,
	takeaway: string,
	notes: string
): Slide => ({
	id,
	chart: { version: 1, figure, view, state: {}, lang: getLocale() },
	title,
	takeaway,
	notes
});

/** A claim's period as text: "1979" (Chinese "1979年" when it is a year). */
const period = (p: string | undefined) =>
	p && /^\d{4}$/.test(p) ? m.briefing_period_year({ period: p }) : String(p);

/** channelsTakeaway() compares the named channels active on the day of the claim with the end of the data. */
export function channelsTakeaway(data: DataBundle): string {
	const claim = claimById(data, CHANNELS_CLAIM_ID);
	const steps = statusCountsOverTime(channelLanes(data.channels, data.channelPeriods, CHANNELS_DOMAIN));
	const last = steps.at(-1);
	if (!claim || !last) return '';
	const onTheDay = countsAt(steps, toDate(claim.said_on))?.counts.active ?? 0;
	const end = formatIsoDate(new Date(last.end.getTime() - 864e5).toISOString().slice(0, 10));
	return m.briefing_takeaway_channels({
		total: data.channels.length,
		onTheDay,
		value: claim.value,
		claimTotal: String(claim.total),
		saidOn: formatIsoDate(claim.said_on),
		active: last.counts.active,
		end
	});
}

/** delegationsTakeaway() states the claimed rise as a claim, beside what is sourced. */
export function delegationsTakeaway(data: DataBundle): string {
	const claim = claimById(data, DELEGATIONS_CLAIM_ID);
	if (!claim) return '';
	return m.briefing_takeaway_delegations({
		value: claim.value,
		claimPeriod: period(claim.claim_period),
		trips: data.trips.length,
		basePeriod: period(claim.base_period)
	});
}

/** engagementTakeaway() names the busiest quarter of the log and its split between the tracks. */
export function engagementTakeaway(data: DataBundle): string {
	const rows = engagementByQuarter(data.events, ENGAGEMENT_DOMAIN);
	if (rows.length === 0) return '';
	const busiest = rows.reduce((a, r) => (r.official + r.civil > a.official + a.civil ? r : a));
	if (busiest.official + busiest.civil === 0) return '';
	return m.briefing_takeaway_engagement({
		quarter: quarterName(busiest.quarter),
		official: busiest.official,
		civil: busiest.civil
	});
}

export function defaultDeck(data: DataBundle): Deck {
	const delegations = claimById(data, DELEGATIONS_CLAIM_ID);
	const lanes = channelLanes(data.channels, data.channelPeriods, CHANNELS_DOMAIN);
	return {
		version: DECK_VERSION,
		title: m.briefing_default_title(),
		slides: [
			slide(
				'default-channels',
				channelsLanes.id,
				'/channels',
				m.briefing_default_channels_title(),
				channelsTakeaway(data),
				lanesSummary(lanes, statusCountsOverTime(lanes))
			),
			slide(
				'default-delegations',
				delegationsIndex.id,
				'/delegations',
				m.briefing_default_delegations_title(),
				delegationsTakeaway(data),
				delegations
					? m.briefing_default_delegations_notes({
							speaker: delegations.speaker,
							saidOn: formatIsoDate(delegations.said_on),
							basePeriod: period(delegations.base_period),
							bound: 100 + delegations.value
						})
					: ''
			),
			slide(
				'default-engagement',
				engagementCounts.id,
				'/engagement',
				m.briefing_default_engagement_title(),
				engagementTakeaway(data),
				engagementSummary(data.events)
			)
		]
	};
}

/**
 * The one sentence under each headline chart on the overview, computed from the data so it can never
 * drift from the charts. The facts (numbers, dates, names) are picked from the data once, on the server or
 * from imports; the sentence is written from them in the page's language when the page renders
 * (headline-sentences.ts).
 */
import type { DataBundle } from '$lib/data/load';
import { getLocale, type Locale } from '$lib/i18n';
import { channelLanes, countsAt, statusCountsOverTime } from '$lib/transforms/channel-timeline';
import { toDate } from '$lib/transforms/dates';
import {
	channelsSentence,
	delegationsSentence,
	engagementSentence,
	type ChannelsFacts,
	type DelegationsFacts,
	type EngagementFacts
} from './headline-sentences';

export { channelsSentence, delegationsSentence, engagementSentence };
export type { ChannelsFacts, DelegationsFacts, EngagementFacts };

/** channelsFacts() compares the claim with the sourced register on the day of the claim and at the end of the data. */
export function channelsFacts(
	data: DataBundle,
	claimId: string,
	domain: [Date, Date]
): ChannelsFacts | undefined {
	const claim = data.claims.find((c) => c.id === claimId);
	if (!claim) return undefined;
	const steps = statusCountsOverTime(channelLanes(data.channels, data.channelPeriods, domain));
	const last = steps.at(-1);
	return {
		speaker: claim.speaker,
		value: claim.value,
		total: claim.total,
		saidOn: claim.said_on,
		named: data.channels.length,
		onTheDay: countsAt(steps, toDate(claim.said_on))?.counts.active ?? 0,
		atEnd: last?.counts.active ?? 0,
		endIso: last ? new Date(last.end.getTime() - 864e5).toISOString().slice(0, 10) : undefined
	};
}

/** delegationsFacts() picks the claimed rise and how many of the base year's trips are sourced. */
export function delegationsFacts(data: DataBundle, claimId: string): DelegationsFacts | undefined {
	const claim = data.claims.find((c) => c.id === claimId);
	if (!claim) return undefined;
	return {
		value: claim.value,
		claimPeriod: claim.claim_period,
		basePeriod: claim.base_period,
		trips: data.trips.length
	};
}

/** engagementFacts() counts the log's events per track in each year. */
export function engagementFacts(data: DataBundle): EngagementFacts {
	const byYear = new Map<string, { official: number; civil: number }>();
	for (const e of data.events) {
		const year = e.date.slice(0, 4);
		const c = byYear.get(year) ?? { official: 0, civil: 0 };
		c[e.track] += 1;
		byYear.set(year, c);
	}
	const years = [...byYear.keys()].sort().map((year) => ({ year, ...byYear.get(year)! }));
	return { count: data.events.length, years };
}

/** channelsHeadline() sets the claim against the sourced register, in `locale`. */
export const channelsHeadline = (
	data: DataBundle,
	claimId: string,
	domain: [Date, Date],
	locale: Locale = getLocale()
) => channelsSentence(channelsFacts(data, claimId, domain), locale);

/** delegationsHeadline() states the claimed rise and how much of the base year is sourced, in `locale`. */
export const delegationsHeadline = (data: DataBundle, claimId: string, locale: Locale = getLocale()) =>
	delegationsSentence(delegationsFacts(data, claimId), locale);

/** engagementHeadline() counts the log's events per track in each year, in `locale`. */
export const engagementHeadline = (data: DataBundle, locale: Locale = getLocale()) =>
	engagementSentence(engagementFacts(data), locale);

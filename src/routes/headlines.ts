/**
 * The one sentence under each headline chart on the overview, computed from the data so it can never
 * drift from the charts.
 */
import type { DataBundle } from '$lib/data/load';
import { channelLanes, countsAt, statusCountsOverTime } from '$lib/transforms/channel-timeline';
import { formatIsoDate, toDate } from '$lib/transforms/dates';

/** channelsHeadline() compares the claim with the sourced register on the day of the claim and at the end of the data. */
export function channelsHeadline(data: DataBundle, claimId: string, domain: [Date, Date]): string {
	const claim = data.claims.find((c) => c.id === claimId);
	if (!claim) return '';
	const steps = statusCountsOverTime(channelLanes(data.channels, data.channelPeriods, domain));
	const onTheDay = countsAt(steps, toDate(claim.said_on))?.counts.active ?? 0;
	const last = steps.at(-1);
	const atEnd = last?.counts.active ?? 0;
	const endLabel = last ? formatIsoDate(new Date(last.end.getTime() - 864e5).toISOString().slice(0, 10)) : '';
	return (
		`${claim.speaker} is reported to have said that only ${claim.value} of ${claim.total} channels remained ` +
		`(${formatIsoDate(claim.said_on)}), a claim no other record confirms. Of the ${data.channels.length} named ` +
		`channels we can source, ${onTheDay} were active that day and ${atEnd} by ${endLabel}.`
	);
}

/** delegationsHeadline() states the claimed rise and how much of 1978 is sourced. */
export function delegationsHeadline(data: DataBundle, claimId: string): string {
	const claim = data.claims.find((c) => c.id === claimId);
	if (!claim) return '';
	return (
		`The op-ed claims Chinese delegations abroad rose by more than ${claim.value}% in ${claim.claim_period}; ` +
		`no count was ever published, so it is drawn as an index beside the ${data.trips.length} sourced trips of ` +
		`${claim.base_period}.`
	);
}

/** engagementHeadline() counts the log's events per track in its busiest year. */
export function engagementHeadline(data: DataBundle): string {
	const byYear = new Map<string, { official: number; civil: number }>();
	for (const e of data.events) {
		const year = e.date.slice(0, 4);
		const c = byYear.get(year) ?? { official: 0, civil: 0 };
		c[e.track] += 1;
		byYear.set(year, c);
	}
	const years = [...byYear.keys()].sort();
	const parts = years.map(
		(y) => `${byYear.get(y)!.official} official and ${byYear.get(y)!.civil} civil in ${y}`
	);
	return (
		`The curated log holds ${data.events.length} events: ${parts.join('; ')}. ` +
		`The log is still being curated: a quiet year in it is not evidence of a quiet year.`
	);
}

/**
 * What the /channels Figures export beside their pictures: the rows drawn, the native chart, the summary.
 * Column keys stay English (a data interface); our own words in cells (status, group) and the summaries
 * follow the page's language.
 */
import { COLORS } from '$lib/charts/palette';
import type { Claim } from '$lib/data/schemas/claims';
import type { Source } from '$lib/data/schemas/sources';
import { citeById } from '$lib/figure/sources';
import type { FigureExport } from '$lib/figure/types';
import { m } from '$lib/i18n';
import {
	countsAt,
	GROUP_LABEL,
	LANE_STATUS_LABEL,
	type Lane,
	type StatusCount
} from '$lib/transforms/channel-timeline';
import { formatIsoDate } from '$lib/transforms/dates';
import { utcMonth } from 'd3-time';

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function claimExport(claim: Claim, sources: Source[]): FigureExport {
	const cite = citeById(sources);
	return {
		rows: [
			{
				claim: claim.statement,
				value: claim.value,
				total: claim.total,
				unit: claim.unit,
				speaker: claim.speaker,
				said_on: claim.said_on,
				venue: claim.venue,
				source: cite(claim.source_id),
				confidence: claim.confidence,
				note: claim.note
			}
		]
	};
}

/** One paragraph on the claim, in the page's language: who said what, when, where, and via whom. */
export function claimSummary(claim: Claim, via: string | undefined): string {
	return m.channels_claim_summary({
		speaker: claim.speaker,
		date: formatIsoDate(claim.said_on),
		venue: claim.venue ? m.channels_claim_summary_venue({ venue: claim.venue }) : '',
		value: claim.value,
		total: claim.total ?? '',
		unit: claim.unit,
		via: via ? m.channels_claim_summary_via({ via }) : ''
	});
}

export function lanesExport(lanes: Lane[], sources: Source[]): FigureExport {
	const cite = citeById(sources);
	return {
		rows: lanes.flatMap((l) =>
			l.segments.map((s) => ({
				channel: l.channel.name,
				group: GROUP_LABEL[l.channel.group](),
				status: LANE_STATUS_LABEL[s.status](),
				from: s.from ?? iso(s.start),
				to: s.to ?? '',
				drawn_from: iso(s.start),
				drawn_to: iso(new Date(s.end.getTime() - 864e5)),
				source: cite(s.source_id),
				confidence: s.confidence,
				note: s.note
			}))
		)
	};
}

/** One paragraph on the lanes, in the page's language: how many channels are in each status at the end. */
export function lanesSummary(lanes: Lane[], steps: StatusCount[]): string {
	const last = steps.at(-1);
	if (!last) return '';
	const c = last.counts;
	const closed = lanes.filter((l) => l.channel.countermeasure);
	const back = closed
		.map((l) => l.segments.find((s) => s.status === 'active' && s.from && s.from > '2022-08-05')?.from)
		.filter((d): d is string => d !== undefined)
		.sort();
	const reopened =
		back.length > 0
			? m.channels_lanes_summary_reopened({
					count: back.length,
					from: formatIsoDate(back[0]),
					to: formatIsoDate(back.at(-1)!)
				})
			: '';
	return m.channels_lanes_summary({
		total: lanes.length,
		active: c.active,
		suspended: c.suspended,
		unknown: c.unknown,
		date: formatIsoDate(iso(new Date(last.end.getTime() - 864e5))),
		closed: closed.length,
		reopened
	});
}

/** Counts by status at the start of each month: exact at those dates, editable in PowerPoint. */
export function countExport(steps: StatusCount[], domain: [Date, Date], sources: Source[]): FigureExport {
	const cite = citeById(sources);
	const months = utcMonth.range(domain[0], domain[1]);
	const at = months.map((m) => countsAt(steps, m));
	return {
		rows: steps.map((s) => ({
			from: iso(s.start),
			to: iso(new Date(s.end.getTime() - 864e5)),
			active: s.counts.active,
			suspended: s.counts.suspended,
			unknown: s.counts.unknown,
			not_yet_created: s.counts['not-yet-created'],
			active_reported_only: s.reported.active,
			source: [
				...new Set(
					Object.values(s.members)
						.flat()
						.map((m) => cite(m.segment.source_id))
				)
			].join('; '),
			confidence: Object.values(s.reported).some((n) => n > 0) ? 'verified; reported' : 'verified'
		})),
		native: {
			type: 'bar',
			stacked: true,
			categories: months.map((m) => m.toISOString().slice(0, 7)),
			series: [
				{
					name: LANE_STATUS_LABEL.active(),
					values: at.map((a) => a?.counts.active ?? 0),
					color: COLORS.official
				},
				{
					name: LANE_STATUS_LABEL.suspended(),
					values: at.map((a) => a?.counts.suspended ?? 0),
					color: COLORS.officialTint
				},
				{
					name: LANE_STATUS_LABEL.unknown(),
					values: at.map((a) => a?.counts.unknown ?? 0),
					color: COLORS.contextLight
				}
			],
			valueTitle: m.channels_count_series_axis(),
			integer: true
		}
	};
}

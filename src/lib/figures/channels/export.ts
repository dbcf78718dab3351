/** What the /channels Figures export beside their pictures: the rows drawn, the native chart, the summary. */
import { COLORS } from '$lib/charts/palette';
import type { Claim } from '$lib/data/schemas/claims';
import type { Source } from '$lib/data/schemas/sources';
import { citeById } from '$lib/figure/sources';
import type { FigureExport } from '$lib/figure/types';
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

export function claimSummary(claim: Claim, via: string | undefined): string {
	return (
		`${claim.speaker} is reported to have said on ${formatIsoDate(claim.said_on)}` +
		`${claim.venue ? ` (${claim.venue})` : ''} that ${claim.value} of ${claim.total} ${claim.unit}` +
		`${via ? `, as reported by ${via}` : ''}. It is drawn as a claim: no independent record was found and the channels are not named.`
	);
}

export function lanesExport(lanes: Lane[], sources: Source[]): FigureExport {
	const cite = citeById(sources);
	return {
		rows: lanes.flatMap((l) =>
			l.segments.map((s) => ({
				channel: l.channel.name,
				group: GROUP_LABEL[l.channel.group],
				status: LANE_STATUS_LABEL[s.status],
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
			? ` ${back.length} of them came back between ${formatIsoDate(back[0])} and ${formatIsoDate(back.at(-1)!)}.`
			: '';
	return (
		`Of ${lanes.length} named government channels, ${c.active} are active, ${c.suspended} suspended or cancelled ` +
		`and ${c.unknown} of unknown status when our sources stop (${formatIsoDate(iso(new Date(last.end.getTime() - 864e5)))}). ` +
		`China cancelled or suspended ${closed.length} channels on 5 Aug 2022.${reopened}`
	);
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
				{ name: 'Active', values: at.map((a) => a?.counts.active ?? 0), color: COLORS.official },
				{
					name: 'Suspended or cancelled',
					values: at.map((a) => a?.counts.suspended ?? 0),
					color: COLORS.officialTint
				},
				{ name: 'Status unknown', values: at.map((a) => a?.counts.unknown ?? 0), color: COLORS.contextLight }
			],
			valueTitle: 'Named channels (at the start of each month)',
			integer: true
		}
	};
}

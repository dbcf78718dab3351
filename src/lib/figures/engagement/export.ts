/** What the /engagement Figures export beside their pictures: the rows drawn, native charts, summaries. */
import { COLORS } from '$lib/charts/palette';
import type { EngagementEvent } from '$lib/data/schemas/engagement-events';
import type { PeopleValue } from '$lib/data/schemas/people-series';
import type { Source } from '$lib/data/schemas/sources';
import { citeById } from '$lib/figure/sources';
import type { FigureExport } from '$lib/figure/types';
import type { QuarterCount } from '$lib/transforms/engagement-counts';
import { formatPeopleValue, PEOPLE_SERIES_META, type PeopleSeries } from '$lib/transforms/people-series';

export function eventsExport(events: EngagementEvent[], sources: Source[]): FigureExport {
	const cite = citeById(sources);
	return {
		rows: events.map((e) => ({
			date: e.date,
			end: e.end,
			title: e.title,
			track: e.track,
			actors: e.actors,
			actor_type: e.actor_type,
			source: cite(e.source_id),
			confidence: e.confidence,
			article_version: e.article_version,
			note: e.note
		}))
	};
}

export function quartersExport(
	rows: QuarterCount[],
	events: EngagementEvent[],
	sources: Source[]
): FigureExport {
	const cite = citeById(sources);
	const byId = new Map(events.map((e) => [e.id, e]));
	const sourcesOf = (ids: string[]) =>
		[
			...new Set(
				ids
					.map((id) => byId.get(id))
					.filter(Boolean)
					.map((e) => cite(e!.source_id))
			)
		].join('; ');
	return {
		rows: rows.map((r) => ({
			quarter: r.quarter,
			official: r.official,
			civil: r.civil,
			official_claimed: r.byConfidence.official.claimed,
			civil_claimed: r.byConfidence.civil.claimed,
			official_reported: r.byConfidence.official.reported,
			civil_reported: r.byConfidence.civil.reported,
			source: sourcesOf([...r.ids.official, ...r.ids.civil]),
			confidence: 'as per event; see the event log'
		})),
		native: {
			type: 'bar',
			categories: rows.map((r) => r.quarter),
			series: [
				{ name: 'Official', values: rows.map((r) => r.official), color: COLORS.official },
				{ name: 'Civil', values: rows.map((r) => r.civil), color: COLORS.civil }
			],
			valueTitle: 'Events in the curated log',
			integer: true
		}
	};
}

export function engagementSummary(events: EngagementEvent[]): string {
	const count = (track: string) => events.filter((e) => e.track === track).length;
	const first = events.reduce((a, e) => (e.date < a ? e.date : a), events[0]?.date ?? '');
	const last = events.reduce((a, e) => (e.date > a ? e.date : a), first);
	return (
		`The curated log holds ${events.length} events from ${first} to ${last}: ${count('official')} official and ` +
		`${count('civil')} civil. The log is curated from the sources checked so far, so a quiet quarter is not ` +
		`evidence of no engagement.`
	);
}

export function peopleExport(values: PeopleValue[], sources: Source[]): FigureExport {
	const cite = citeById(sources);
	return {
		rows: values.map((v) => ({
			series: v.series,
			period: v.period,
			date: v.date,
			value: v.value,
			qualifier: v.qualifier,
			value_high: v.value_high,
			unit: v.unit,
			source: cite(v.source_id),
			confidence: v.confidence,
			note: v.note
		}))
	};
}

/** Each series from its first to its last value in our data, in words. */
export function peopleSummary(series: PeopleSeries[]): string {
	return series
		.filter((s) => s.points.length > 0)
		.map((s) => {
			const first = s.points[0];
			const last = s.points[s.points.length - 1];
			const name = PEOPLE_SERIES_META[s.series].title;
			return `${name}: ${formatPeopleValue(first)} (${first.period}) to ${formatPeopleValue(last)} (${last.period}${last.confidence === 'verified' ? '' : `, ${last.confidence}`}).`;
		})
		.join(' ');
}

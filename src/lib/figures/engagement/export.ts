/** What the /engagement Figures export beside their pictures: the rows drawn, native charts, summaries. */
import { COLORS, confidenceWord } from '$lib/charts/palette';
import type { EngagementEvent } from '$lib/data/schemas/engagement-events';
import type { PeopleValue } from '$lib/data/schemas/people-series';
import type { Source } from '$lib/data/schemas/sources';
import { citeById } from '$lib/figure/sources';
import type { FigureExport } from '$lib/figure/types';
import { isChinese, m } from '$lib/i18n';
import { formatIsoDate } from '$lib/transforms/dates';
import { quarterName, type QuarterCount } from '$lib/transforms/engagement-counts';
import { formatPeopleValue, PEOPLE_SERIES_META, type PeopleSeries } from '$lib/transforms/people-series';
import { TRACK_WORD } from '$lib/eventdata/classify';

/** A track as a word ("official", "官方"): the CSV keeps the English codes, Chinese pages get words. */
export { TRACK_WORD };

export function eventsExport(events: EngagementEvent[], sources: Source[]): FigureExport {
	const cite = citeById(sources);
	return {
		rows: events.map((e) => ({
			date: e.date,
			end: e.end,
			title: e.title,
			track: TRACK_WORD[e.track](),
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
			confidence: m.engagement_export_confidence()
		})),
		native: {
			type: 'bar',
			categories: rows.map((r) => quarterName(r.quarter)),
			series: [
				{ name: m.engagement_track_official(), values: rows.map((r) => r.official), color: COLORS.official },
				{ name: m.engagement_track_civil(), values: rows.map((r) => r.civil), color: COLORS.civil }
			],
			valueTitle: m.engagement_export_value_title(),
			integer: true
		}
	};
}

export function engagementSummary(events: EngagementEvent[]): string {
	const count = (track: string) => events.filter((e) => e.track === track).length;
	const first = events.reduce((a, e) => (e.date < a ? e.date : a), events[0]?.date ?? '');
	const last = events.reduce((a, e) => (e.date > a ? e.date : a), first);
	// English keeps the ISO dates it has always given; Chinese reads them as dates.
	const date = (iso: string) => (isChinese() && iso ? formatIsoDate(iso) : iso);
	return m.engagement_summary({
		count: events.length,
		first: date(first),
		last: date(last),
		official: count('official'),
		civil: count('civil')
	});
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
			const parts = {
				name: PEOPLE_SERIES_META[s.series].title(),
				first: formatPeopleValue(first),
				firstPeriod: first.period,
				last: formatPeopleValue(last),
				lastPeriod: last.period
			};
			return last.confidence === 'verified'
				? m.engagement_people_summary(parts)
				: m.engagement_people_summary_confidence({
						...parts,
						confidence: confidenceWord(last.confidence)
					});
		})
		.join(m.engagement_sentence_separator());
}

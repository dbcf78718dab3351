/** What the imported event-data Figure exports beside its picture: one row per bin, a native chart, a summary. */
import { COLORS } from '$lib/charts/palette';
import type { BinUnit, EventBin } from '$lib/eventdata/bins';
import {
	binLabel,
	binTotal,
	IMPORTED_CONFIDENCE,
	IMPORTED_NOTE,
	SERIES_LABEL,
	UNIT_WORD
} from '$lib/eventdata/bin-marks';
import type { FigureExport } from '$lib/figure/types';
import { formatNumber, m } from '$lib/i18n';
import { formatDay } from '$lib/transforms/dates';

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** The last day of a bin (bins end at the start of the next). */
const lastDay = (b: EventBin) => new Date(b.end.getTime() - 864e5);

/** eventDataExport() gives the counts of every bin drawn, empty ones included, with source and confidence. */
export function eventDataExport(bins: EventBin[], unit: BinUnit, source: string): FigureExport {
	const categories = bins.map((b) => binLabel(b, unit));
	const note = IMPORTED_NOTE();
	return {
		rows: bins.map((b, i) => ({
			bin: categories[i],
			start: iso(b.start),
			end: iso(lastDay(b)),
			official: b.official,
			civil: b.civil,
			state_untyped: b.untyped,
			total: binTotal(b),
			cooperative: b.cooperative,
			conflictual: b.conflictual,
			source,
			confidence: IMPORTED_CONFIDENCE,
			note
		})),
		native: {
			type: 'bar',
			stacked: true,
			categories,
			series: [
				{ name: SERIES_LABEL.official(), values: bins.map((b) => b.official), color: COLORS.official },
				{ name: SERIES_LABEL.civil(), values: bins.map((b) => b.civil), color: COLORS.civil },
				{ name: SERIES_LABEL.untyped(), values: bins.map((b) => b.untyped), color: COLORS.context }
			],
			valueTitle: m.engagement_data_value_title({ unit: UNIT_WORD[unit]() })
		}
	};
}

/** eventDataSummary() says what the chart shows, from the bins drawn. */
export function eventDataSummary(bins: EventBin[], unit: BinUnit, files: string[]): string {
	const sum = (f: (b: EventBin) => number) => bins.reduce((a, b) => a + f(b), 0);
	const n = (x: number) => formatNumber(x);
	const total = sum(binTotal);
	const from = bins.length ? formatDay(bins[0].start) : '';
	const to = bins.length ? formatDay(lastDay(bins[bins.length - 1])) : '';
	const busiest = bins.reduce<EventBin | undefined>(
		(a, b) => (!a || binTotal(b) > binTotal(a) ? b : a),
		undefined
	);
	const peak =
		busiest && total > 0
			? m.engagement_data_busiest({
					unit: UNIT_WORD[unit](),
					label: binLabel(busiest, unit),
					total: n(binTotal(busiest)),
					count: binTotal(busiest)
				})
			: '';
	return m.engagement_data_summary({
		files: files.join(', '),
		total: n(total),
		from,
		to,
		official: n(sum((b) => b.official)),
		civil: n(sum((b) => b.civil)),
		untyped: n(sum((b) => b.untyped)),
		cooperative: n(sum((b) => b.cooperative)),
		conflictual: n(sum((b) => b.conflictual)),
		peak
	});
}

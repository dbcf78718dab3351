import type { AsOf } from '$lib/data/as-of';
import type { Confidence } from '$lib/data/fields';
import type { CitedSource } from '$lib/data/schemas/sources';
import type { Locale } from '$lib/i18n';

/** What a tooltip shows for one mark: its value, date, source and confidence. */
export interface Tip {
	title: string;
	/** The value in words ("5 of 50 channels", "Active"). */
	value?: string;
	/** The date or period, already formatted. */
	date?: string;
	/** The source title(s), already formatted. */
	source: string;
	confidence: Confidence;
	note?: string;
}

/** A legend entry drawn as a small swatch. */
export interface LegendItem {
	label: string;
	/** Fill colour; 'none' for outline-only entries. */
	fill: string;
	stroke?: string;
	strokeDasharray?: string;
	/** Id of a pattern the chart defines, for hatched entries. */
	pattern?: string;
	/** Shape of the swatch. */
	shape?: 'square' | 'circle' | 'line';
}

/** What a Figure needs beside its chart. */
export interface FigureMeta {
	/** Stable id, used for file names and anchors ("channels-lanes"). */
	id: string;
	title: string;
	subtitle?: string;
	/** The sources of the records actually drawn. */
	sources: CitedSource[];
	notes?: string[];
	/** Confidence levels present in the drawn records, for the key. */
	confidence: Confidence[];
	/** One paragraph saying what the chart shows, from the data drawn (speaker notes, screen readers). */
	summary?: string;
	/**
	 * Title and subtitle in every language, for bilingual exports (English with Chinese beside it):
	 * `inEachLocale(() => ({ title: m.x(), subtitle: ... }))`, computed the same way as `title`/`subtitle`.
	 */
	bilingual?: Record<Locale, { title: string; subtitle?: string }>;
	/**
	 * What date the data drawn runs to, and when the site was built ("Data as of 15 May 2026 · built ...").
	 * Figure fills it from the page's data; a Figure drawing data of its own (an event-data import) sets it.
	 */
	asOf?: AsOf;
}

/** A chart PowerPoint can draw natively, with editable data. */
export interface NativeChart {
	type: 'bar' | 'line' | 'area';
	/** Stack the series (bars or areas). */
	stacked?: boolean;
	categories: string[];
	series: { name: string; values: number[]; color: string }[];
	/** Title of the value axis. */
	valueTitle?: string;
	/** Whole numbers (counts): ticks at every unit, no decimals. */
	integer?: boolean;
}

/** What leaves the dashboard with a Figure beside its picture. */
export interface FigureExport {
	/** The rows behind the chart as shown, with source and confidence columns. */
	rows: Record<string, string | number | boolean | undefined>[];
	/** The chart as a native PowerPoint chart, where one exists for its type. */
	native?: NativeChart;
}

/** The width a chart is asked to lay itself out at (export), or undefined for the page's own. */
export interface ChartWidth {
	width?: number;
}

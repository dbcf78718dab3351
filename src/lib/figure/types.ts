import type { Confidence } from '$lib/data/fields';
import type { Source } from '$lib/data/schemas/sources';

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
	sources: Source[];
	notes?: string[];
	/** Confidence levels present in the drawn records, for the key. */
	confidence: Confidence[];
}

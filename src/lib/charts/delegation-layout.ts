/**
 * Layout of the delegations chart: an index panel on the left, the 1978 timeline on the right; on a narrow
 * chart (a phone) the index panel on top and the timeline under it, each trip's label above its mark.
 */
import { isNarrow } from './narrow';

export const INDEX_PANEL = {
	left: 56,
	/** Right edge of the index panel for a chart `width` px wide. */
	right: (width: number) => Math.round(Math.min(300, width * 0.26)),
	top: 70,
	bottom: 44
};

export const TIMELINE = {
	/** Gap between the index panel and the timeline. */
	gap: 70,
	top: 48,
	bottom: 44,
	right: 16
};

export const DELEGATION_CHART_HEIGHT = 480;

/** The narrow layout: the index panel's height, and each timeline row (two label lines, then the mark). */
export const NARROW_LAYOUT = { indexHeight: 250, rowHeight: 58, left: 8, right: 12 };

/** The chart's height at `width` for `trips` rows: fixed when wide, as tall as the rows need when narrow. */
export function delegationChartHeight(width: number, trips: number, wide = DELEGATION_CHART_HEIGHT): number {
	if (!isNarrow(width)) return wide;
	return NARROW_LAYOUT.indexHeight + TIMELINE.top + trips * NARROW_LAYOUT.rowHeight + 24 + TIMELINE.bottom;
}

/** The timeline's x range at `width`. */
export function timelineRange(width: number): [number, number] {
	return isNarrow(width)
		? [NARROW_LAYOUT.left + 4, width - NARROW_LAYOUT.right]
		: [INDEX_PANEL.right(width) + TIMELINE.gap, width - TIMELINE.right];
}

/** The index panel's value range (bottom, top) in a chart `width` x `height` px. */
export function indexRange(width: number, height: number): [number, number] {
	return isNarrow(width)
		? [NARROW_LAYOUT.indexHeight - INDEX_PANEL.bottom, INDEX_PANEL.top]
		: [height - INDEX_PANEL.bottom, INDEX_PANEL.top];
}

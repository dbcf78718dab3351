/** Layout of the delegations chart: an index panel on the left, the 1978 timeline on the right. */
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

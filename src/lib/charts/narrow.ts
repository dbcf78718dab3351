/**
 * The one width at which every chart changes layout: below it (a phone, about 300-540 px of chart) lane names
 * go above their lanes, margins shrink, labels get smaller and wrap, and the claim's label goes under its units.
 */
export const NARROW_CHART = 560;

/** Whether a chart `width` px wide takes the narrow layout. */
export const isNarrow = (width: number): boolean => width < NARROW_CHART;

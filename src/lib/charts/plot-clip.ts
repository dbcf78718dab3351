/**
 * The plot window of a time chart: Chart defines one clipPath per chart instance (its id unique on the page,
 * even when a Figure is drawn twice, for an export or two slides of one chart), and the layers that draw
 * along time clip to it, so a zoomed chart never draws over its axis or margins. Labels are not clipped (a
 * cut word reads worse than none): layers leave out those whose anchor lies outside the window.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('plot-clip');

/** Chart calls this with its clipPath's id. */
export function setPlotClip(id: string): void {
	setContext(KEY, id);
}

/** `url(#…)` of the enclosing chart's plot clip, for a layer's root group (undefined outside a Chart). */
export function plotClip(): string | undefined {
	const id = getContext<string | undefined>(KEY);
	return id ? `url(#${id})` : undefined;
}

/** Whether the span [x0, x1] px touches the plot's x range (a mark worth drawing). */
export function touchesPlot(x0: number, x1: number, [left, right]: number[]): boolean {
	return Math.max(x0, x1) >= left && Math.min(x0, x1) <= right;
}

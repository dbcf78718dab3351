/**
 * The event layer a page shares with its time charts: the key events of the log, whether they are drawn,
 * which one is chosen, and how to choose one. A page sets it (Svelte context); a chart's KeyEvents layer
 * reads it and draws nothing where no page set it (exports from the command line, snapshots).
 */
import { getContext, setContext } from 'svelte';
import type { EngagementEvent } from '$lib/data/schemas/engagement-events';
import { explore } from './view-state.svelte';

export interface EventLayer {
	/** The key events (rows of the log with key = yes). */
	readonly events: EngagementEvent[];
	/** The layer is drawn. */
	readonly on: boolean;
	/** The chosen event's id. */
	readonly chosen: string | undefined;
	/** Chooses an event (highlighted everywhere, its card opens). */
	choose(id: string): void;
	/** The source of an event, cited. */
	cite(sourceId: string): string;
}

const KEY = Symbol('event-layer');

export const setEventLayer = (layer: EventLayer) => setContext(KEY, layer);
export const getEventLayer = () => getContext<EventLayer | undefined>(KEY);

/** A render context holding `layer`, for drawing a chart again off screen (exports) as it is seen. */
export const eventLayerContext = (layer: EventLayer | undefined): Map<unknown, unknown> =>
	new Map(layer ? [[KEY, layer]] : []);

/** The key events of a log, oldest first. */
export const keyEvents = (events: EngagementEvent[]) =>
	events.filter((e) => e.key).sort((a, b) => a.date.localeCompare(b.date));

/**
 * provideEventLayer() sets a page's event layer from the URL's view state: drawn unless `events=off`, the
 * chosen event from `event=`, choosing writes it back. `events` is read on every access, so it follows
 * imported data.
 */
export function provideEventLayer(
	events: () => EngagementEvent[],
	cite: (sourceId: string) => string
): EventLayer {
	const layer: EventLayer = {
		get events() {
			return events();
		},
		get on() {
			return explore.ready && explore.state.events;
		},
		get chosen() {
			return explore.state.event;
		},
		choose: (id) => void explore.set({ event: id }),
		cite
	};
	setEventLayer(layer);
	return layer;
}

/** Where a brushed time window goes: a page's view state. Charts draw a brush only where one is set. */
export interface WindowTarget {
	/** Sets the window to [from, to] (ISO days, inclusive). */
	set(from: string, to: string): void;
}

const WINDOW_KEY = Symbol('window-target');

/** provideWindowTarget() lets the page's timelines set its time window by brushing. */
export function provideWindowTarget(): void {
	setContext<WindowTarget>(WINDOW_KEY, { set: (from, to) => void explore.set({ from, to }) });
}
export const getWindowTarget = () => getContext<WindowTarget | undefined>(WINDOW_KEY);

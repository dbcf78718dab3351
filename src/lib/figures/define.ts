/**
 * What a Figure of the registry is: its id, its component, the datasets it draws from and how its props are
 * built from them for a view state. `defineFigure()` checks, at compile time, that the props built are the
 * component's own and that they read only the datasets declared in `uses`.
 */
import type { Component } from 'svelte';
import type { DatasetKey } from '$lib/data/datasets';
import type { DataBundle } from '$lib/data/load';
import type { ViewState } from '$lib/explore/view-state';
import { FIGURE_IDS } from './figure-ids.js';

export type FigureId = (typeof FIGURE_IDS)[number];

/** The props every Figure component takes from whoever draws it, not from the data. */
export interface FrameProps {
	/** The Figure's id (anchors, pattern ids, file names): the registry's, never written in the component. */
	id: string;
	/** Heading level of the Figure title (2 on content pages, 3 under a section or on a slide). */
	level?: 2 | 3;
	/** Width the server renders the chart at (CSS px); exports and snapshots ask for others. */
	width?: number;
}

export interface FigureDefinition<P extends FrameProps, K extends DatasetKey> {
	id: FigureId;
	component: Component<P>;
	/** The datasets the props are built from; a page showing the Figure sends only these (dataFor()). */
	uses: readonly K[];
	/** The component's props from the datasets, filtered and windowed as `view` says. */
	props: (data: Pick<DataBundle, K>, view: ViewState) => Omit<P, keyof FrameProps>;
	/** The Figure's title in the page's language, as its heading says it (embed page titles, deck editor). */
	title: (data: Pick<DataBundle, K>) => string;
}

/** A Figure as the registry keeps it: the same, with the types of its props erased. */
export interface RegisteredFigure {
	id: FigureId;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	component: Component<any>;
	uses: readonly DatasetKey[];
	props: (data: DataBundle, view: ViewState) => Record<string, unknown>;
	title: (data: DataBundle) => string;
}

/** defineFigure() types one entry of the registry (see registry.ts for the recipe). */
export function defineFigure<P extends FrameProps, K extends DatasetKey>(
	definition: FigureDefinition<P, K>
): RegisteredFigure {
	return definition as unknown as RegisteredFigure;
}

/**
 * What a page showing `figures` sends to the browser: the datasets they use (the others empty) and only the
 * sources those rows cite. The Figures read nothing else (defineFigure() checks it), so the page passes what
 * it was sent straight back to `RegistryFigure`.
 */
export function dataFor(figures: readonly RegisteredFigure[], data: DataBundle): DataBundle {
	const used = new Set(figures.flatMap((f) => f.uses));
	const picked = Object.fromEntries(
		Object.entries(data).map(([key, rows]) => [key, used.has(key as DatasetKey) ? rows : []])
	) as DataBundle;
	const cited = new Set(
		Object.entries(picked)
			.filter(([key]) => key !== 'sources')
			.flatMap(([, rows]) => (rows as { source_id: string }[]).map((r) => r.source_id))
	);
	return { ...picked, sources: data.sources.filter((s) => cited.has(s.id)) };
}

/**
 * Lets code that renders Figures on the server (the `npm run export` command) collect what each Figure
 * frames (title, legend, rows) without parsing HTML. Server rendering is synchronous once started, so a
 * capture open while one render's body is produced sees exactly the Figures of that render.
 */
import type { Snippet } from 'svelte';
import type { ChartWidth, FigureExport, FigureMeta, LegendItem } from './types';

export interface CapturedFigure {
	meta: FigureMeta;
	legend: LegendItem[];
	exportData?: FigureExport;
	/** The chart snippet, to draw it again at another width (briefing handouts). */
	chart?: Snippet<[ChartWidth]>;
}

let open: CapturedFigure[] | null = null;

/** Called by each Figure as it renders. */
export function captureFigure(figure: CapturedFigure) {
	open?.push(figure);
}

/** Runs `renderFn` and returns the Figures it rendered (read the render's `.body` inside: it renders lazily). */
export function captureFigures(renderFn: () => unknown): CapturedFigure[] {
	const figures: CapturedFigure[] = [];
	open = figures;
	try {
		renderFn();
	} finally {
		open = null;
	}
	return figures;
}

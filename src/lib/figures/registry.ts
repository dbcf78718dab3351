/**
 * Every Figure of the dashboard. A Figure is wired in one place only: its `defineFigure()` entry in
 * figures/<view>/figures.ts (its id, component, the datasets it draws, its props for a view state, its
 * title), and drawn in one way only: `RegistryFigure`. Pages, embeds, briefing slides, the handout,
 * `npm run export` and the snapshot tests all go through it. Pages import the entries they show (so a page
 * loads only its own Figures); what must know every Figure (embeds, slides, the export, the Chinese
 * snapshots) reads FIGURES here.
 *
 * Adding a Figure: write its component under figures/<view>/ (it takes `FrameProps` and renders `Figure`),
 * export one `defineFigure()` entry from figures/<view>/figures.ts, and add its id to figure-ids.js (the
 * plain list svelte.config.js prerenders embed pages from). It then has an embed page in both languages,
 * can be put on a slide, is exported by `npm run export` and snapshotted in Chinese.
 */
import * as channels from './channels/figures';
import * as delegations from './delegations/figures';
import * as engagement from './engagement/figures';
import type { FigureId, RegisteredFigure } from './define';
import { FIGURE_IDS } from './figure-ids.js';

export type { FigureId, RegisteredFigure } from './define';

const isFigure = (x: unknown): x is RegisteredFigure =>
	typeof x === 'object' && x !== null && 'component' in x && 'props' in x;
const defined = [channels, delegations, engagement].flatMap((view) => Object.values(view).filter(isFigure));
const BY_ID = new Map(defined.map((f) => [f.id, f]));

// The plain id list and the entries must name the same Figures, each once: fail at load, not on a page.
const missing = FIGURE_IDS.filter((id) => !BY_ID.has(id));
const unlisted = defined.filter((f) => !(FIGURE_IDS as readonly string[]).includes(f.id)).map((f) => f.id);
if (missing.length || unlisted.length || BY_ID.size !== defined.length)
	throw new Error(
		`figures: figure-ids.js and the defineFigure() entries disagree (no entry: ${missing.join(', ') || 'none'}; ` +
			`not listed: ${unlisted.join(', ') || 'none'}; ${defined.length - BY_ID.size} defined twice)`
	);

/** Every Figure, in the order of figure-ids.js. */
export const FIGURES: readonly RegisteredFigure[] = FIGURE_IDS.map((id) => BY_ID.get(id)!);

export const isFigureId = (id: string): id is FigureId => BY_ID.has(id as FigureId);

/** The Figure with `id`. */
export const figureById = (id: FigureId): RegisteredFigure => BY_ID.get(id)!;

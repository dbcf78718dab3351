/**
 * `npm run export`: every Figure of the shipped data to SVG and PNG, without a browser. The Figures are
 * rendered on the server exactly as the pages prerender them, framed by the same layout as the in-browser
 * export, and rasterised by resvg with the same fonts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import { dataAsOf } from '$lib/data/as-of';
import { assertLoaded, loadDatasets, type DataBundle } from '$lib/data/load';
import { asOfContext } from '$lib/figure/as-of';
import { captureFigures } from '$lib/figure/capture';
import { m } from '$lib/i18n';
import RegistryFigure from '$lib/figures/RegistryFigure.svelte';
import { FIGURES, type RegisteredFigure } from '$lib/figures/registry';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { readChartSvg } from './chart-markup';
import { figureCsv } from './csv';
import { fontsFor } from './fonts.node';
import { composeFrame, fitChart, layoutFrame, type RenderedChart } from './frame';
import { exportFileName, presetFor, type PresetId } from './presets';

export interface ExportOptions {
	out: string;
	presets: PresetId[];
	/** Language of the Figures; `bilingual` is English with the Chinese title and subtitle under the English. */
	lang: 'en' | 'zh' | 'bilingual';
	/** PNG scale. */
	scale: number;
	date?: Date;
	dataDir?: string;
	/** Only these Figure ids (all when empty). */
	only?: string[];
}

/**
 * The Figure in the default view as a page shows it once hydrated (key events drawn, none chosen), with the
 * data's as-of date: the command builds the Figures itself, so their "built" day is the day it runs.
 */
const renderFigure = (figure: RegisteredFigure, data: DataBundle, date: Date, width?: number) =>
	render(RegistryFigure, {
		props: { figure, data, width },
		context: asOfContext(dataAsOf(data, date))
	}).body;

function chartAt(entry: RegisteredFigure, data: DataBundle, date: Date, width: number): RenderedChart {
	const chart = readChartSvg(renderFigure(entry, data, date, width));
	if (!chart) throw new Error(m.figure_error_chart_not_rendered({ id: entry.id }));
	return chart;
}

/** The standalone SVG of one Figure for one preset, with its fonts. */
export async function figureFile(
	entry: RegisteredFigure,
	data: DataBundle,
	presetId: PresetId,
	date: Date,
	bilingual = false
) {
	const [figure] = captureFigures(() => renderFigure(entry, data, date));
	if (!figure) throw new Error(m.figure_error_no_figure({ id: entry.id }));
	const preset = presetFor(presetId, 1200);
	const layout = layoutFrame(figure.meta, figure.legend, preset, date, 1, false, bilingual);
	const chart = fitChart(layout, (w) => chartAt(entry, data, date, w));
	const draft = composeFrame(layout, chart);
	const fonts = await fontsFor(draft.svg.replace(/<[^>]*>/g, ' '));
	const framed = composeFrame(layout, chart, { fontCss: fonts.css, description: figure.meta.summary });
	return { ...framed, fonts, figure };
}

export function pngOf(svg: string, fontFiles: string[], scale: number): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' },
		background: '#ffffff'
	});
	return resvg.render().asPng();
}

/** Writes `<chart-id>-<preset>-<date>.svg|.png|.csv` for every Figure and preset; returns the files. */
export async function exportAll(options: ExportOptions): Promise<string[]> {
	// One language per run: every message and date drawn from here on reads it.
	const previous = getLocale;
	overwriteGetLocale(() => (options.lang === 'zh' ? 'zh-CN' : 'en'));
	try {
		return await exportIn(options);
	} finally {
		overwriteGetLocale(previous);
	}
}

async function exportIn(options: ExportOptions): Promise<string[]> {
	const dir = options.dataDir ?? 'data';
	const data = assertLoaded(loadDatasets((file) => readFileSync(join(dir, file), 'utf8'), dir));
	const date = options.date ?? new Date();
	mkdirSync(options.out, { recursive: true });
	const written: string[] = [];
	const entries = FIGURES.filter((f) => !options.only?.length || options.only.includes(f.id));
	for (const entry of entries) {
		for (const preset of options.presets) {
			const file = await figureFile(entry, data, preset, date, options.lang === 'bilingual');
			const name = (ext: string) => join(options.out, exportFileName(entry.id, preset, date, ext));
			writeFileSync(name('svg'), file.svg);
			writeFileSync(name('png'), pngOf(file.svg, file.fonts.files, options.scale));
			written.push(name('svg'), name('png'));
			if (file.figure.exportData) {
				writeFileSync(name('csv'), figureCsv(file.figure.exportData.rows, file.figure.meta, date));
				written.push(name('csv'));
			}
		}
	}
	return written;
}

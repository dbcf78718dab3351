/**
 * Exports a Figure from the page: lays the frame out for the preset, draws the chart again at the width
 * the layout asks for (off screen, with the same component), embeds the fonts, and saves the result as
 * SVG, PNG, clipboard image, CSV or PowerPoint. Loaded only when someone exports.
 */
import { flushSync, mount, unmount, type Snippet } from 'svelte';
import ExportStage from '$lib/figure/ExportStage.svelte';
import type { ChartWidth, FigureExport, FigureMeta, LegendItem } from '$lib/figure/types';
import { m } from '$lib/i18n';
import { readChartSvg } from './chart-markup';
import { figureCsv } from './csv';
import { embeddedFontCss } from './fonts.browser';
import { composeFrame, fitChart, layoutFrame, type RenderedChart } from './frame';
import { exportFileName, presetFor, SLIDE_PICTURE, type Preset, type PresetId } from './presets';
import { download, svgToPng } from './raster';

export interface ExportRequest {
	meta: FigureMeta;
	legend: LegendItem[];
	exportData?: FigureExport;
	chart: Snippet<[ChartWidth]>;
	/** Render context to draw the chart again with (the page's key-event layer), so it looks as seen. */
	context?: Map<unknown, unknown>;
	preset: PresetId;
	/** PNG scale: 1, 2 or 4. */
	scale: number;
	/** The chart's on-screen width, for "as shown". */
	shownWidth: number;
	/** Title and subtitle in English and Chinese (bilingual briefings). */
	bilingual?: boolean;
}

/** Draws the Figure's chart alone at `width`, off screen, and returns its SVG. */
export function renderChartAt(
	chart: Snippet<[ChartWidth]>,
	width: number,
	context?: Map<unknown, unknown>
): RenderedChart {
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = `position:absolute;left:-100000px;top:0;width:${width}px;visibility:hidden`;
	document.body.append(host);
	const app = mount(ExportStage, { target: host, props: { chart, width }, context });
	try {
		flushSync();
		const rendered = readChartSvg(host.innerHTML);
		if (!rendered) throw new Error(m.figure_error_not_rendered());
		return rendered;
	} finally {
		unmount(app);
		host.remove();
	}
}

/** The Figure laid out for `preset` (or, as a `picture`, its chart with legend and key only), fonts embedded. */
async function framedSvg(req: ExportRequest, preset: Preset, exportedOn: Date, picture = false) {
	const layout = layoutFrame(req.meta, req.legend, preset, exportedOn, 1, picture, req.bilingual);
	const chart = fitChart(layout, (w) => renderChartAt(req.chart, w, req.context));
	const draft = composeFrame(layout, chart);
	const fontCss = await embeddedFontCss(draft.svg.replace(/<[^>]*>/g, ' '));
	return composeFrame(layout, chart, { fontCss, description: req.meta.summary });
}

/** The standalone SVG of the Figure for the request's preset. */
export function figureSvg(req: ExportRequest, exportedOn = new Date()) {
	return framedSvg(req, presetFor(req.preset, req.shownWidth), exportedOn);
}

/** A PNG of the chart (legend and key, no title or sources) sized for a slide's picture box. */
export async function slidePicture(req: ExportRequest, exportedOn = new Date()) {
	const { svg, width, height } = await framedSvg(req, SLIDE_PICTURE, exportedOn, true);
	return pngDataUrl(svg, width, height, 2);
}

const MIME = { svg: 'image/svg+xml', png: 'image/png', csv: 'text/csv;charset=utf-8' } as const;

/** Runs one export and returns what to tell the user, in the page's language. */
export async function runExport(
	format: 'svg' | 'png' | 'copy' | 'csv' | 'pptx',
	req: ExportRequest
): Promise<string> {
	const now = new Date();
	const name = (ext: string) => exportFileName(req.meta.id, req.preset, now, ext);
	if (format === 'csv') {
		if (!req.exportData) throw new Error(m.figure_error_no_table());
		const csv = figureCsv(req.exportData.rows, req.meta, now);
		download(new Blob([csv], { type: MIME.csv }), name('csv'));
		return m.figure_export_saved_rows({ file: name('csv'), count: req.exportData.rows.length });
	}
	if (format === 'pptx') {
		const { newPresentation, addFigureSlide, writePresentation } = await import('./pptx');
		const pptx = await newPresentation(req.meta.title);
		const image = req.exportData?.native ? undefined : await slidePicture(req, now);
		addFigureSlide(pptx, {
			meta: req.meta,
			native: req.exportData?.native,
			image,
			bilingual: req.bilingual,
			exportedOn: now
		});
		const blob = await writePresentation(pptx);
		download(blob, name('pptx'));
		return m.figure_export_saved({ file: name('pptx') });
	}
	const { svg, width, height } = await figureSvg(req, now);
	if (format === 'svg') {
		download(new Blob([svg], { type: MIME.svg }), name('svg'));
		return m.figure_export_saved({ file: name('svg') });
	}
	const png = await svgToPng(svg, width, height, req.scale);
	if (format === 'png') {
		download(png, name('png'));
		return m.figure_export_saved_size({
			file: name('png'),
			width: width * req.scale,
			height: height * req.scale
		});
	}
	if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined')
		return m.figure_export_no_clipboard();
	try {
		await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
		return m.figure_export_copied({ width: width * req.scale, height: height * req.scale });
	} catch (e) {
		return m.figure_export_copy_refused({ error: e instanceof Error ? e.message : String(e) });
	}
}

async function pngDataUrl(svg: string, width: number, height: number, scale: number) {
	const png = await svgToPng(svg, width, height, scale);
	const data = await new Promise<string>((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(png);
	});
	return { data, width: width * scale, height: height * scale };
}

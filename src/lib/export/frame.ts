/**
 * The exported Figure as one standalone SVG: title, subtitle and legend above the chart; confidence key,
 * sources, notes, the data's as-of date and the date of export below. Text is laid out for the preset
 * (wrapped by estimate, sized by the preset's type scale); the chart, rendered again at the logical width
 * this layout asks for, is placed in a nested <svg> that scales it uniformly, so nothing is stretched or
 * clipped.
 */
import { confidenceLabel, confidenceMeaning, CONFIDENCE_STYLE, COLORS } from '$lib/charts/palette';
import { charsIn, textWidth, wrapText } from '$lib/charts/text-metrics';
import type { Confidence } from '$lib/data/fields';
import { asOfLine } from '$lib/figure/as-of';
import { sourceLine, sourcesLabel } from '$lib/figure/sources';
import type { FigureMeta, LegendItem } from '$lib/figure/types';
import { m } from '$lib/i18n';
import { formatDay } from '$lib/transforms/dates';
import type { Preset } from './presets';
import { r2, xml } from './xml';

/** A run of text lines in one style. */
interface TextBlock {
	id: string;
	lines: string[];
	size: number;
	weight: number;
	color: string;
	/** Space above the block. */
	gap: number;
}

interface LegendRow {
	items: { item: LegendItem; x: number; text: string }[];
}

export interface FrameLayout {
	preset: Preset;
	/** The Figure's title (the SVG's <title>, also when the frame draws no text of its own). */
	title: string;
	pad: number;
	header: TextBlock[];
	legend: { rows: LegendRow[]; size: number; height: number };
	footer: TextBlock[];
	key: { levels: Confidence[]; size: number; rows: { level: Confidence; x: number; text: string }[][] };
	headerHeight: number;
	footerHeight: number;
	/** Width the chart should be laid out at, in its own (screen) px. */
	chartLogicalWidth: number;
	chartArea: { x: number; y: number; width: number; height: number | null };
}

const ORDER: Confidence[] = ['verified', 'reported', 'estimate', 'claimed'];
const lineHeight = (size: number) => size * 1.25;
const blockHeight = (b: TextBlock) => b.gap + b.lines.length * lineHeight(b.size);

function block(
	id: string,
	text: string,
	width: number,
	size: number,
	weight = 400,
	color: string = COLORS.ink,
	gap = 0
): TextBlock {
	return { id, lines: wrapText(text, charsIn(width, size)), size, weight, color, gap };
}

function flow<T>(
	items: T[],
	widthOf: (t: T) => number,
	max: number,
	gap: number
): { item: T; x: number }[][] {
	const rows: { item: T; x: number }[][] = [[]];
	let x = 0;
	for (const item of items) {
		const w = widthOf(item);
		if (x > 0 && x + w > max) {
			rows.push([]);
			x = 0;
		}
		rows.at(-1)!.push({ item, x });
		x += w + gap;
	}
	return rows.filter((r) => r.length > 0);
}

/**
 * Title and subtitle; in a bilingual export the English title with the Chinese under it (`title-zh`), then
 * the English subtitle with the Chinese under it (`subtitle-zh`).
 */
function headerBlocks(
	meta: FigureMeta,
	inner: number,
	s: number,
	both?: FigureMeta['bilingual']
): TextBlock[] {
	if (!both) {
		const header = [block('title', meta.title, inner, 32 * s, 600)];
		if (meta.subtitle) header.push(block('subtitle', meta.subtitle, inner, 20 * s, 400, COLORS.muted, 6 * s));
		return header;
	}
	const { en, 'zh-CN': zh } = both;
	const header = [
		block('title', en.title, inner, 32 * s, 600),
		block('title-zh', zh.title, inner, 28 * s, 600, COLORS.ink, 4 * s)
	];
	if (en.subtitle) header.push(block('subtitle', en.subtitle, inner, 20 * s, 400, COLORS.muted, 8 * s));
	if (zh.subtitle) header.push(block('subtitle-zh', zh.subtitle, inner, 18 * s, 400, COLORS.muted, 2 * s));
	return header;
}

/**
 * Lays out the frame around a chart for `preset`; `footerScale` shrinks the footer when space is short.
 * A `picture` is the chart with its legend and confidence key only, for a slide whose title and sources
 * are text of their own. `bilingual` sets the title and subtitle in English and Chinese (meta.bilingual).
 */
export function layoutFrame(
	meta: FigureMeta,
	legend: LegendItem[],
	preset: Preset,
	exportedOn: Date,
	footerScale = 1,
	picture = false,
	bilingual = false
): FrameLayout {
	const s = preset.typeScale;
	const pad = Math.round((picture ? 12 : 32) * s);
	const inner = preset.width - 2 * pad;
	const both = bilingual && meta.bilingual ? meta.bilingual : undefined;
	const header: TextBlock[] = picture ? [] : headerBlocks(meta, inner, s, both);

	const legendSize = 16 * s;
	const swatch = legendSize * 1.1;
	const legendRows = flow(legend, (i) => swatch + 6 * s + textWidth(i.label, legendSize), inner, 20 * s).map(
		(row) => ({ items: row.map(({ item, x }) => ({ item, x, text: item.label })) })
	);
	const legendHeight = legendRows.length * lineHeight(legendSize) * 1.15 + (legendRows.length ? 12 * s : 0);

	const fs = 14 * s * footerScale;
	const levels = ORDER.filter((l) => meta.confidence.includes(l));
	const showKey = levels.some((l) => l !== 'verified');
	const keyText = (l: Confidence) =>
		`${confidenceLabel(l)}${m.figure_key_separator()}${confidenceMeaning(l)}`;
	const keyRows = showKey
		? flow(levels, (l) => fs * 1.4 + textWidth(keyText(l), fs), inner, 18 * s).map((row) =>
				row.map(({ item, x }) => ({ level: item, x, text: keyText(item) }))
			)
		: [];
	const footer: TextBlock[] = picture
		? []
		: [
				block(
					'sources',
					`${sourcesLabel(meta.sources)}${sourceLine(meta.sources)}`,
					inner,
					fs,
					400,
					COLORS.muted,
					keyRows.length ? 8 * s : 0
				),
				...(meta.notes ?? []).map((n, i) => block(`note-${i + 1}`, n, inner, fs, 400, COLORS.muted, 4 * s)),
				// What date the data runs to, in ink: an old picture must not pass for a current one.
				...(meta.asOf ? [block('as-of', asOfLine(meta.asOf), inner, fs, 600, COLORS.ink, 8 * s)] : []),
				block(
					'export-date',
					m.figure_export_date({ date: formatDay(exportedOn) }),
					inner,
					fs * 0.9,
					400,
					COLORS.muted,
					8 * s
				)
			];

	const headerHeight = pad + header.reduce((h, b) => h + blockHeight(b), 0) + 12 * s + legendHeight;
	const keyHeight = keyRows.length * lineHeight(fs) * 1.15;
	const footerHeight = 12 * s + keyHeight + footer.reduce((h, b) => h + blockHeight(b), 0) + pad;
	const areaHeight = preset.height === null ? null : preset.height - headerHeight - footerHeight;
	// Keep at least 40% of a fixed page for the chart: shrink the footer type (not below 70%) if needed.
	if (preset.height !== null && areaHeight! < preset.height * 0.4 && footerScale > 0.7)
		return layoutFrame(
			meta,
			legend,
			preset,
			exportedOn,
			Math.round((footerScale - 0.1) * 10) / 10,
			picture,
			bilingual
		);

	return {
		preset,
		title: both ? `${both.en.title} / ${both['zh-CN'].title}` : meta.title,
		pad,
		header,
		legend: { rows: legendRows, size: legendSize, height: legendHeight },
		footer,
		key: { levels, size: fs, rows: keyRows },
		headerHeight,
		footerHeight,
		chartLogicalWidth: Math.round(inner / s),
		chartArea: { x: pad, y: headerHeight, width: inner, height: areaHeight }
	};
}

/** A chart rendered at the logical width: its <svg> markup and natural size. */
export interface RenderedChart {
	svg: string;
	width: number;
	height: number;
}

/** The scale the chart is drawn at inside the frame: the preset's, or less if the chart is too tall. */
export function chartScale(layout: FrameLayout, chart: Pick<RenderedChart, 'width' | 'height'>): number {
	const { width, height } = layout.chartArea;
	const s = Math.min(layout.preset.typeScale, width / chart.width);
	return height === null ? s : Math.min(s, height / chart.height);
}

/**
 * Renders the chart at the width that lets it be drawn largest on the page. At the preset's type scale it
 * is laid out at (area width / scale); if it is then too tall, a smaller scale with a wider layout is
 * searched for (wider charts are often shorter: labels stack less), never below what fits.
 */
export function fitChart(layout: FrameLayout, renderAt: (width: number) => RenderedChart): RenderedChart {
	const s = layout.preset.typeScale;
	const { width: areaW, height: areaH } = layout.chartArea;
	const first = renderAt(Math.round(areaW / s));
	if (areaH === null || first.height * s <= areaH) return first;
	let lo = areaH / first.height;
	let best = renderAt(Math.round(areaW / lo));
	lo = Math.min(chartScale(layout, best), lo);
	let hi = s;
	for (let i = 0; i < 6 && hi - lo > 0.01; i++) {
		const mid = (lo + hi) / 2;
		const chart = renderAt(Math.round(areaW / mid));
		if (chart.height * mid <= areaH) {
			lo = mid;
			best = chart;
		} else hi = mid;
	}
	return best;
}

function swatchSvg(item: LegendItem, x: number, y: number, size: number, hatchId: string): string {
	const fill = item.pattern ? `url(#${hatchId})` : item.fill;
	const stroke = item.stroke ? ` stroke="${item.stroke}" stroke-width="1.5"` : '';
	const dash = item.strokeDasharray ? ` stroke-dasharray="${item.strokeDasharray}"` : '';
	if (item.shape === 'line')
		return `<line x1="${r2(x)}" x2="${r2(x + size)}" y1="${r2(y + size / 2)}" y2="${r2(y + size / 2)}" stroke="${item.stroke ?? item.fill}" stroke-width="3"${dash}/>`;
	if (item.shape === 'circle')
		return `<circle cx="${r2(x + size / 2)}" cy="${r2(y + size / 2)}" r="${r2(size / 2.4)}" fill="${fill}"${stroke}${dash}/>`;
	return `<rect x="${r2(x)}" y="${r2(y)}" width="${r2(size)}" height="${r2(size * 0.75)}" fill="${fill}"${stroke}${dash}/>`;
}

function textBlocks(blocks: TextBlock[], x: number, y: number): { svg: string; y: number } {
	let svg = '';
	for (const b of blocks) {
		y += b.gap;
		const lines = b.lines
			.map((l, i) => `<text x="${r2(x)}" y="${r2(y + lineHeight(b.size) * (i + 0.8))}">${xml(l)}</text>`)
			.join('');
		svg += `<g id="${b.id}" font-size="${r2(b.size)}" font-weight="${b.weight}" fill="${b.color}">${lines}</g>`;
		y += b.lines.length * lineHeight(b.size);
	}
	return { svg, y };
}

/** Cuts the chart's <svg> open so it can sit inside the frame with its own coordinates. */
function nestChart(chart: RenderedChart, x: number, y: number, scale: number): string {
	const inner = chart.svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	return (
		`<svg id="chart" x="${r2(x)}" y="${r2(y)}" width="${r2(chart.width * scale)}" height="${r2(chart.height * scale)}" ` +
		`viewBox="0 0 ${chart.width} ${chart.height}" overflow="visible">${inner}</svg>`
	);
}

export interface ComposeOptions {
	/** @font-face rules with embedded fonts (data: URLs), or '' to rely on installed fonts. */
	fontCss?: string;
	/** Accessible description: the chart's summary. */
	description?: string;
}

/** The whole exported Figure as one SVG document. */
export function composeFrame(layout: FrameLayout, chart: RenderedChart, options: ComposeOptions = {}) {
	const { preset, pad } = layout;
	const k = chartScale(layout, chart);
	const chartW = chart.width * k;
	const chartH = chart.height * k;
	const height = preset.height ?? Math.ceil(layout.headerHeight + chartH + layout.footerHeight);
	const id = 'export';
	const hatch = `${id}-hatch`;

	const head = textBlocks(layout.header, pad, pad);
	let legend = '';
	const ls = layout.legend.size;
	layout.legend.rows.forEach((row, r) => {
		const y = head.y + 12 * preset.typeScale + r * lineHeight(ls) * 1.15;
		for (const { item, x, text } of row.items) {
			legend += swatchSvg(item, pad + x, y + ls * 0.15, ls * 1.1, hatch);
			legend += `<text x="${r2(pad + x + ls * 1.1 + 6 * preset.typeScale)}" y="${r2(y + ls * 0.95)}">${xml(text)}</text>`;
		}
	});

	const chartX = pad + (layout.chartArea.width - chartW) / 2;
	const chartY = layout.headerHeight;
	const footTop = preset.height === null ? chartY + chartH : height - layout.footerHeight;
	const fs = layout.key.size;
	let key = '';
	layout.key.rows.forEach((row, r) => {
		const y = footTop + 12 * preset.typeScale + r * lineHeight(fs) * 1.15;
		for (const { level, x, text } of row) {
			const st = CONFIDENCE_STYLE[level];
			const item: LegendItem = {
				label: level,
				fill: st.hatched ? 'none' : COLORS.context,
				stroke: COLORS.context,
				strokeDasharray: st.strokeDasharray,
				pattern: st.hatched ? 'hatch' : undefined
			};
			key += swatchSvg(item, pad + x, y + fs * 0.1, fs * 1.1, hatch);
			key += `<text x="${r2(pad + x + fs * 1.4)}" y="${r2(y + fs * 0.9)}">${xml(text)}</text>`;
		}
	});
	const keyHeight = layout.key.rows.length * lineHeight(fs) * 1.15;
	const foot = textBlocks(layout.footer, pad, footTop + 12 * preset.typeScale + keyHeight);

	const style =
		`${options.fontCss ?? ''}` +
		`text{font-family:'Source Sans 3','Noto Sans SC','Noto Sans CJK SC',sans-serif}`;
	const svg =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${preset.width}" height="${height}" viewBox="0 0 ${preset.width} ${height}" role="img" aria-labelledby="title">` +
		`<title>${xml(layout.title)}</title>` +
		(options.description ? `<desc>${xml(options.description)}</desc>` : '') +
		`<defs><style>${style}</style>` +
		`<pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${COLORS.context}" stroke-width="1.5"/></pattern></defs>` +
		`<rect id="background" width="${preset.width}" height="${height}" fill="${COLORS.background}"/>` +
		`<g id="header">${head.svg}</g>` +
		(legend ? `<g id="legend" font-size="${r2(ls)}" fill="${COLORS.ink}">${legend}</g>` : '') +
		nestChart(chart, chartX, chartY, k) +
		`<g id="footer">${key ? `<g id="confidence-key" font-size="${r2(fs)}" fill="${COLORS.muted}">${key}</g>` : ''}${foot.svg}</g>` +
		`</svg>\n`;
	return { svg, width: preset.width, height, chartScale: k };
}

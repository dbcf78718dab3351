/**
 * One editable PowerPoint slide per Figure: title, subtitle and source line as text; the chart as a
 * native chart (editable data) where PowerPoint has one for its type, otherwise as a high-resolution
 * picture; a footer with the sources and the data's as-of date; speaker notes with the chart's summary,
 * its sources and the as-of date. pptxgenjs is loaded only here.
 * A slide with Chinese text sets all its text in Noto Sans SC, and the presentation embeds that font
 * (cut to the site's characters) so Chinese shows on a machine without a Chinese font.
 */
import type PptxGenJS from 'pptxgenjs';
import { asOfLine } from '$lib/figure/as-of';
import { sourceLine, sourcesLabel } from '$lib/figure/sources';
import type { FigureMeta, NativeChart } from '$lib/figure/types';
import { m } from '$lib/i18n';

export interface SlideSpec {
	meta: FigureMeta;
	/** The chart drawn natively, if it has a PowerPoint form. */
	native?: NativeChart;
	/** Otherwise a PNG of the chart (data URL) with its pixel size. */
	image?: { data: string; width: number; height: number };
	/** Extra speaker notes (a briefing's own), put before the summary. */
	notes?: string;
	/** A one-line takeaway shown under the title (briefing slides). */
	takeaway?: string;
	/** Title (and subtitle) in English with the Chinese under it, from meta.bilingual. */
	bilingual?: boolean;
	/** When the slide is written (said beside the data's as-of date when it is not the build day). */
	exportedOn?: Date;
}

const W = 13.333;
const H = 7.5;
const LATIN_FONT = 'Source Sans 3';
/** The typeface of slides with Chinese text; embedded in the file (see writePresentation). */
export const CJK_FONT = 'Noto Sans SC';
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
/** Presentations with at least one slide set in CJK_FONT. */
const withChinese = new WeakSet<PptxGenJS>();

/** Speaker notes: the briefer's notes, the chart's summary, its notes, its sources and the as-of date. */
export function speakerNotes(spec: SlideSpec): string {
	const { meta } = spec;
	return [
		spec.notes,
		meta.summary ?? meta.subtitle,
		...(meta.notes ?? []),
		m.figure_speaker_sources({ sources: sourceLine(meta.sources) }),
		meta.asOf ? asOfLine(meta.asOf, spec.exportedOn) : undefined
	]
		.filter(Boolean)
		.join('\n\n');
}

/** Adds one Figure slide to `pptx`. */
export function addFigureSlide(pptx: PptxGenJS, spec: SlideSpec) {
	const slide = pptx.addSlide();
	const { meta } = spec;
	const both = spec.bilingual && meta.bilingual ? meta.bilingual : undefined;
	const title = both ? `${both.en.title}\n${both['zh-CN'].title}` : meta.title;
	const sub =
		spec.takeaway ??
		(both ? [both.en.subtitle, both['zh-CN'].subtitle].filter(Boolean).join('\n') : meta.subtitle);
	const native = spec.native;
	const texts = [
		title,
		sub,
		sourceLine(meta.sources),
		meta.asOf ? asOfLine(meta.asOf) : undefined,
		...(native?.categories ?? []),
		...(native?.series.map((x) => x.name) ?? [])
	];
	const chinese = texts.some((t) => t && CJK.test(t));
	if (chinese) withChinese.add(pptx);
	const FONT = chinese ? CJK_FONT : LATIN_FONT;
	slide.addText(title, {
		x: 0.5,
		y: 0.2,
		w: W - 1,
		h: 0.95,
		fontFace: FONT,
		fontSize: 26,
		bold: true,
		color: '1A1A1A',
		valign: 'bottom',
		fit: 'shrink'
	});
	if (sub)
		slide.addText(sub, {
			x: 0.5,
			y: 1.17,
			w: W - 1,
			h: 0.55,
			fontFace: FONT,
			fontSize: 15,
			color: '555555',
			valign: 'top',
			fit: 'shrink'
		});
	const box = { x: 0.5, y: 1.75, w: W - 1, h: H - 2.75 };
	if (native) {
		const n = native;
		const type =
			n.type === 'bar' ? pptx.ChartType.bar : n.type === 'area' ? pptx.ChartType.area : pptx.ChartType.line;
		slide.addChart(
			type,
			n.series.map((s) => ({ name: s.name, labels: n.categories, values: s.values })),
			{
				...box,
				barDir: 'col',
				barGrouping: n.stacked ? 'stacked' : 'clustered',
				chartColors: n.series.map((s) => s.color.replace('#', '')),
				showLegend: true,
				legendPos: 't',
				legendFontFace: FONT,
				legendFontSize: 14,
				catAxisLabelFontFace: FONT,
				catAxisLabelFontSize: 12,
				valAxisLabelFontFace: FONT,
				valAxisLabelFontSize: 12,
				showValAxisTitle: Boolean(n.valueTitle),
				valAxisTitle: n.valueTitle,
				valAxisMinVal: 0,
				...(n.integer ? { valAxisMajorUnit: 1, valAxisLabelFormatCode: '0' } : {})
			}
		);
	} else if (spec.image) {
		const ratio = spec.image.width / spec.image.height;
		const w = Math.min(box.w, box.h * ratio);
		const h = w / ratio;
		slide.addImage({ data: spec.image.data, x: box.x + (box.w - w) / 2, y: box.y, w, h });
	}
	slide.addText(`${sourcesLabel(meta.sources)}${sourceLine(meta.sources)}`, {
		x: 0.5,
		y: H - 0.98,
		w: W - 1,
		h: 0.55,
		fontFace: FONT,
		fontSize: 11,
		color: '555555',
		valign: 'top',
		fit: 'shrink'
	});
	// The footer says what date the data runs to, so an old slide never passes for a current one.
	if (meta.asOf)
		slide.addText(asOfLine(meta.asOf, spec.exportedOn), {
			x: 0.5,
			y: H - 0.42,
			w: W - 1,
			h: 0.3,
			fontFace: FONT,
			fontSize: 11,
			bold: true,
			color: '1A1A1A',
			valign: 'top'
		});
	slide.addNotes(speakerNotes(spec));
	return slide;
}

/** The site's Noto Sans SC as TrueType (cut to the site's characters at build time), fetched when needed. */
async function siteCjkFont(): Promise<Uint8Array> {
	const { default: url } = await import('virtual:cjk-ttf');
	const response = await fetch(url);
	if (!response.ok) throw new Error(m.figure_export_font_failed({ status: String(response.status) }));
	return new Uint8Array(await response.arrayBuffer());
}

/** The .pptx file; with the Chinese font embedded when a slide is set in it. */
export async function writePresentation(
	pptx: PptxGenJS,
	loadCjkFont: () => Promise<Uint8Array> = siteCjkFont
): Promise<Blob> {
	const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	if (!withChinese.has(pptx)) return new Blob([raw as Uint8Array<ArrayBuffer>], { type: PPTX_TYPE });
	const [{ ttfToEot }, { embedFont }] = await Promise.all([import('./eot'), import('./pptx-fonts')]);
	const eot = ttfToEot(await loadCjkFont());
	return new Blob([embedFont(raw, { typeface: CJK_FONT, eot })], { type: PPTX_TYPE });
}

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** A new 16:9 presentation, pptxgenjs loaded on first use. */
export async function newPresentation(title: string): Promise<PptxGenJS> {
	const { default: Pptx } = await import('pptxgenjs');
	const pptx = new Pptx();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = title;
	pptx.company = m.figure_app_name();
	return pptx;
}

/**
 * One editable PowerPoint slide per Figure: title, subtitle and source line as text; the chart as a
 * native chart (editable data) where PowerPoint has one for its type, otherwise as a high-resolution
 * picture; speaker notes with the chart's summary and its sources. pptxgenjs is loaded only here.
 */
import type PptxGenJS from 'pptxgenjs';
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
}

const W = 13.333;
const H = 7.5;
const FONT = 'Source Sans 3';

/** Speaker notes: the briefer's notes, the chart's summary, its notes and its sources. */
export function speakerNotes(spec: SlideSpec): string {
	const { meta } = spec;
	return [
		spec.notes,
		meta.summary ?? meta.subtitle,
		...(meta.notes ?? []),
		m.figure_speaker_sources({ sources: sourceLine(meta.sources) })
	]
		.filter(Boolean)
		.join('\n\n');
}

/** Adds one Figure slide to `pptx`. */
export function addFigureSlide(pptx: PptxGenJS, spec: SlideSpec) {
	const slide = pptx.addSlide();
	const { meta } = spec;
	slide.addText(meta.title, {
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
	const sub = spec.takeaway ?? meta.subtitle;
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
	if (spec.native) {
		const n = spec.native;
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
		y: H - 0.95,
		w: W - 1,
		h: 0.7,
		fontFace: FONT,
		fontSize: 11,
		color: '555555',
		valign: 'top'
	});
	slide.addNotes(speakerNotes(spec));
	return slide;
}

/** A new 16:9 presentation, pptxgenjs loaded on first use. */
export async function newPresentation(title: string): Promise<PptxGenJS> {
	const { default: Pptx } = await import('pptxgenjs');
	const pptx = new Pptx();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = title;
	pptx.company = m.figure_app_name();
	return pptx;
}

/**
 * The deck as one PowerPoint file: one slide per briefing slide, written by the export's slide writer
 * (native chart where the Figure has one, else a picture of it) with the slide's own title, takeaway and
 * speaker notes. Each Figure is mounted off screen with the page's data, as the slide draws it (key events
 * included), to read its meta and chart as the Export menu would. Loaded only when someone asks for it.
 */
import { flushSync, mount, unmount } from 'svelte';
import type { AsOf } from '$lib/data/as-of';
import type { DataBundle } from '$lib/data/load';
import { slidePicture } from '$lib/export/browser';
import { addFigureSlide, newPresentation, writePresentation } from '$lib/export/pptx';
import { download } from '$lib/export/raster';
import { asOfContext } from '$lib/figure/as-of';
import { captureFigures, type CapturedFigure } from '$lib/figure/capture';
import RegistryFigure from '$lib/figures/RegistryFigure.svelte';
import { figureById, isFigureId } from '$lib/figures/registry';
import { m } from '$lib/i18n';
import type { Deck, Slide } from './deck';
import { viewStateOfRecord } from '$lib/explore/view-state';

/** Mounts the slide's Figure off screen (with the page's as-of date) and runs `use` while it is there. */
async function withFigure<T>(
	slide: Slide,
	data: DataBundle,
	asOf: AsOf | undefined,
	use: (f: CapturedFigure) => Promise<T>
) {
	const id = slide.chart.figure;
	if (!isFigureId(id)) throw new Error(m.briefing_handout_no_chart({ title: slide.title, figure: id }));
	const props = { figure: figureById(id), data, view: viewStateOfRecord(slide.chart.state) };
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = 'position:absolute;left:-100000px;top:0;width:1200px;visibility:hidden';
	document.body.append(host);
	let app: ReturnType<typeof mount> | undefined;
	try {
		const [figure] = captureFigures(() => {
			app = mount(RegistryFigure, {
				target: host,
				props,
				context: asOf ? asOfContext(asOf) : undefined
			});
			flushSync();
		});
		if (!figure?.chart) throw new Error(m.briefing_handout_not_rendered({ title: slide.title }));
		return await use(figure);
	} finally {
		if (app) unmount(app);
		host.remove();
	}
}

/** handoutFileName() is the deck title as a file name, with the date. */
export function handoutFileName(deck: Deck, date: Date): string {
	const base = deck.title
		.normalize('NFKD')
		.replace(/[\s\u2010-\u2015:]+/g, '-')
		.replace(/[^\w-]/g, '')
		.replace(/-{2,}/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase();
	return `${base || 'briefing'}-${date.toISOString().slice(0, 10)}.pptx`;
}

/** Builds the handout and saves it; returns what to tell the user. `asOf`: the data's, as the page says it. */
export async function downloadHandout(
	deck: Deck,
	data: DataBundle,
	asOf: AsOf | undefined,
	now = new Date()
): Promise<string> {
	if (deck.slides.length === 0) return m.briefing_handout_empty();
	const pptx = await newPresentation(deck.title);
	for (const slide of deck.slides) {
		await withFigure(slide, data, asOf, async ({ meta, legend, exportData, chart }) => {
			const native = exportData?.native;
			const image = native
				? undefined
				: await slidePicture(
						{ meta, legend, exportData, chart: chart!, preset: 'slide-16x9', scale: 2, shownWidth: 1200 },
						now
					);
			addFigureSlide(pptx, {
				// The slide's notes start from the chart's summary: do not repeat it.
				meta: { ...meta, title: slide.title || meta.title, summary: slide.notes ? '' : meta.summary },
				native,
				image,
				takeaway: slide.takeaway || undefined,
				notes: slide.notes || undefined,
				exportedOn: now
			});
		});
	}
	const name = handoutFileName(deck, now);
	download(await writePresentation(pptx), name);
	return m.briefing_handout_saved({ name, count: deck.slides.length });
}

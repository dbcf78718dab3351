import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { captureFigures } from '$lib/figure/capture';
import { inLocale } from '$lib/i18n';
import { fixtureData } from '../../../tests/fixtures/data';
import { channelsClaim, channelsLanes } from './channels/figures';
import { dataFor } from './define';
import { FIGURE_IDS } from './figure-ids.js';
import { FIGURES, figureById, isFigureId } from './registry';
import RegistryFigure from './RegistryFigure.svelte';

const data = fixtureData();
/** The Figure's own heading, as RegistryFigure draws it. */
const renderedTitle = (f: (typeof FIGURES)[number]) =>
	captureFigures(() => render(RegistryFigure, { props: { figure: f, data } }).body)[0]?.meta.title;

describe('the Figure registry', () => {
	it('holds one entry per id of figure-ids.js, in its order', () => {
		expect(FIGURES.map((f) => f.id)).toEqual([...FIGURE_IDS]);
		expect(isFigureId('channels-lanes')).toBe(true);
		expect(isFigureId('event-data')).toBe(false);
		expect(figureById('channels-lanes')).toBe(channelsLanes);
	});

	it('gives every Figure the title its heading shows, in each language', () => {
		for (const f of FIGURES) {
			expect(f.title(data), f.id).toMatch(/[A-Za-z]{3}/);
			expect(f.title(data), f.id).toBe(renderedTitle(f));
			const zh = inLocale('zh-CN', () => f.title(data));
			expect(zh, f.id).toMatch(/[\u4e00-\u9fff]/);
			expect(zh, f.id).toBe(inLocale('zh-CN', () => renderedTitle(f)));
		}
	});

	it('draws every Figure with the id of its entry', () => {
		for (const f of FIGURES) {
			const html = render(RegistryFigure, { props: { figure: f, data } }).body;
			expect(html, f.id).toMatch(new RegExp(`<figure class="figure[^"]*" id="${f.id}"`));
		}
	});
});

describe('dataFor()', () => {
	const sent = dataFor([channelsClaim], data);

	it('sends the datasets the Figures use, and empties the others', () => {
		expect(sent.claims).toEqual(data.claims);
		expect(sent.channels).toEqual([]);
		expect(sent.events).toEqual([]);
	});

	it('sends only the sources the rows sent cite', () => {
		const cited = new Set(data.claims.map((c) => c.source_id));
		expect(sent.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
		expect(sent.sources.length).toBeLessThan(data.sources.length);
	});

	it('is enough to draw the Figures it was asked for', () => {
		const html = render(RegistryFigure, { props: { figure: channelsClaim, data: sent } }).body;
		expect(html).toContain('class="chart-svg');
	});
});

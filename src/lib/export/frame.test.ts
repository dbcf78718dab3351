import { describe, expect, it } from 'vitest';
import type { FigureMeta, LegendItem } from '$lib/figure/types';
import { readChartSvg } from './chart-markup';
import { chartScale, composeFrame, fitChart, layoutFrame } from './frame';
import { PRESETS, asShown } from './presets';

const meta: FigureMeta = {
	id: 'test-figure',
	title: 'Named channels: closed in August 2022, reopened through 2024',
	subtitle: 'The 15 government channels we can name and source',
	sources: [
		{
			id: 's',
			title: 'T',
			author: undefined,
			publisher: 'Xinhua',
			date: '2018-02-09',
			original: undefined,
			url: undefined,
			note: undefined
		}
	],
	notes: ['A note that explains what is drawn.'],
	confidence: ['verified', 'claimed']
};
const legend: LegendItem[] = [
	{ label: 'Active', fill: '#0072B2' },
	{ label: 'Unknown', fill: 'none', stroke: '#6B6B6B', pattern: 'hatch' }
];
const chartHtml =
	'<div><!----><svg class="chart-svg svelte-abc123" id="x-svg" viewBox="0 0 1216 600" width="100%" height="100%">' +
	'<defs><pattern id="x-hatch"></pattern></defs><g id="marks"><rect tabindex="0" x="1" y="2" width="3" height="4"></rect></g></svg></div>';
const when = new Date('2026-11-28T00:00:00Z');

describe('readChartSvg()', () => {
	it('cuts out the chart svg with its natural size, without focus stops or style hashes', () => {
		const chart = readChartSvg(chartHtml)!;
		expect(chart.width).toBe(1216);
		expect(chart.height).toBe(600);
		expect(chart.svg).not.toContain('tabindex');
		expect(chart.svg).not.toContain('svelte-');
		expect(chart.svg).not.toContain('<!--');
	});

	it('returns null when there is no chart', () => {
		expect(readChartSvg('<p>no chart</p>')).toBeNull();
	});
});

describe('layoutFrame() and composeFrame()', () => {
	it('asks for the chart at the slide width divided by the type scale', () => {
		const layout = layoutFrame(meta, legend, PRESETS['slide-16x9'], when);
		expect(layout.chartLogicalWidth).toBe(Math.round((1920 - 2 * 48) / 1.5));
		expect(layout.header[0].size).toBe(48);
	});

	it('makes a standalone SVG of exactly the preset size with named layers', () => {
		const layout = layoutFrame(meta, legend, PRESETS['slide-16x9'], when);
		const { svg, width, height } = composeFrame(layout, readChartSvg(chartHtml)!, { fontCss: '' });
		expect([width, height]).toEqual([1920, 1080]);
		expect(svg).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/
		);
		for (const id of [
			'title',
			'subtitle',
			'legend',
			'chart',
			'confidence-key',
			'sources',
			'note-1',
			'export-date'
		])
			expect(svg).toContain(`id="${id}"`);
		expect(svg).toContain('Exported 28 Nov 2026');
		expect(svg).toContain('Source: Xinhua, 9 Feb 2018');
		expect(svg).not.toMatch(/(href|src)="https?:|url\(https?:|@import/);
	});

	it('shrinks a chart that is too tall for the page instead of clipping it, and never stretches it', () => {
		const layout = layoutFrame(meta, legend, PRESETS['slide-16x9'], when);
		const tall = { svg: '<svg viewBox="0 0 1216 2000"></svg>', width: 1216, height: 2000 };
		const k = chartScale(layout, tall);
		expect(k).toBeLessThan(1.5);
		expect(tall.height * k).toBeLessThanOrEqual(layout.chartArea.height!);
		const { svg } = composeFrame(layout, tall);
		const nested =
			/<svg id="chart" x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 1216 2000"/.exec(
				svg
			)!;
		expect(Number(nested[1]) / Number(nested[2])).toBeCloseTo(1216 / 2000, 2);
	});

	it('fits "as shown" to its content', () => {
		const layout = layoutFrame(meta, legend, asShown(1200), when);
		const { height } = composeFrame(layout, readChartSvg(chartHtml)!);
		expect(height).toBeGreaterThan(600);
		expect(layout.chartArea.height).toBeNull();
	});

	it('escapes text', () => {
		const layout = layoutFrame({ ...meta, title: 'A < B & "C"' }, [], PRESETS.square, when);
		expect(composeFrame(layout, readChartSvg(chartHtml)!).svg).toContain('A &lt; B &amp; &quot;C&quot;');
	});
});

describe('fitChart()', () => {
	it('keeps the preset scale when the chart fits', () => {
		const layout = layoutFrame(meta, legend, PRESETS['slide-16x9'], when);
		const widths: number[] = [];
		const chart = fitChart(layout, (w) => (widths.push(w), { svg: '', width: w, height: 300 }));
		expect(widths).toEqual([layout.chartLogicalWidth]);
		expect(chartScale(layout, chart)).toBe(1.5);
	});

	it('finds a wider layout for a chart whose height shrinks with width, drawn as large as fits', () => {
		const layout = layoutFrame(meta, legend, PRESETS['slide-16x9'], when);
		// Labels stack less on wider charts: height falls from 900 to 300 as the width doubles.
		const tracks = (w: number) => ({ svg: '', width: w, height: Math.max(300, 900 - (w - 1200) * 0.6) });
		const chart = fitChart(layout, tracks);
		const k = chartScale(layout, chart);
		expect(chart.height * k).toBeLessThanOrEqual(layout.chartArea.height! + 0.5);
		// Better than laying it out once at the slide width and shrinking it to fit.
		const naive = tracks(layout.chartLogicalWidth);
		expect(k).toBeGreaterThan(chartScale(layout, naive));
	});
});

describe('layoutFrame() as a slide picture', () => {
	it('keeps the legend, chart and confidence key, and leaves title and sources to the slide', () => {
		const layout = layoutFrame(meta, legend, PRESETS['slide-16x9'], when, 1, true);
		const { svg } = composeFrame(layout, readChartSvg(chartHtml)!);
		for (const id of ['legend', 'chart', 'confidence-key']) expect(svg).toContain(`id="${id}"`);
		for (const id of ['"title"', '"subtitle"', '"sources"', '"note-1"', '"export-date"'])
			expect(svg).not.toContain(`id=${id}`);
		expect(svg).toContain(`<title>${meta.title.replace(/:/g, ':')}</title>`);
	});
});

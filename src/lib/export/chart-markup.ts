/**
 * Takes a chart's <svg> out of rendered markup (server-rendered HTML or a live element's outerHTML) and
 * cleans it for a file: no framework comments, no focus stops, no scoped-style class hashes.
 */
import type { RenderedChart } from './frame';

/** The first chart <svg> in `html`, cleaned, with the natural size from its viewBox; null if none. */
export function readChartSvg(html: string): RenderedChart | null {
	const match = /<svg class="chart-svg[\s"][\s\S]*?<\/svg>/.exec(html);
	if (!match) return null;
	const svg = cleanSvg(match[0]);
	const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
	if (!box) return null;
	return { svg, width: Number(box[1]), height: Number(box[2]) };
}

export function cleanSvg(svg: string): string {
	return svg
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/ tabindex="-?\d+"/g, '')
		.replace(/ svelte-[a-z0-9]+(?=[\s"])/g, '')
		.replace(/ class=""/g, '');
}

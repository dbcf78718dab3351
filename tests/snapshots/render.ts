/**
 * Deterministic SVG snapshots of charts (after Observable Plot's tests): the component is rendered on the
 * server exactly as prerendering does, the chart's <svg> is cut out, numbers are rounded to 3 decimals,
 * hydration comments dropped and one element put per line. On a mismatch `<name>-changed.svg` is written
 * beside the snapshot so the difference can be opened and looked at.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { expect } from 'vitest';
import type { DataBundle } from '$lib/data/load';
import type { RegisteredFigure } from '$lib/figures/define';
import RegistryFigure from '$lib/figures/RegistryFigure.svelte';
export { fixtureData } from '../fixtures/data';

const here = dirname(fileURLToPath(import.meta.url));
const SNAPSHOT_DIR = join(here, '__snapshots__');

/** Server-renders `component` and returns every chart SVG in it, normalised. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function renderChartSvg<P extends Record<string, any>>(component: Component<P>, props: P): string {
	const { body } = render(component, { props });
	const svgs = body.match(/<svg class="chart-svg[\s"][\s\S]*?<\/svg>/g);
	if (!svgs) throw new Error('no <svg class="chart-svg"> in the rendered component');
	return svgs.map(normaliseSvg).join('\n');
}

/**
 * A Figure of the registry as a page prerenders it (default view, no key-event layer: that is drawn only
 * once a page has hydrated) at 960 px, its chart SVGs normalised.
 */
export function renderFigureSvg(figure: RegisteredFigure, data: DataBundle): string {
	return renderChartSvg(RegistryFigure, { figure, data, width: 960, keyEvents: false });
}

export function normaliseSvg(svg: string): string {
	return (
		svg
			.replace(/<!--[\s\S]*?-->/g, '')
			// Svelte's scoped-style hashes change with any CSS edit; they are not part of the drawing.
			.replace(/ svelte-[a-z0-9]+(?=[\s"])/g, '')
			.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
			.replace(/>\s*</g, '>\n<')
			.trim()
			.concat('\n')
	);
}

/** Compares with tests/snapshots/__snapshots__/<name>.svg; writes <name>-changed.svg on a mismatch. */
export async function expectSvgSnapshot(svg: string, name: string) {
	const file = join(SNAPSHOT_DIR, `${name}.svg`);
	const changed = join(SNAPSHOT_DIR, `${name}-changed.svg`);
	if (existsSync(file) && readFileSync(file, 'utf8') !== svg) writeFileSync(changed, svg);
	else if (existsSync(changed)) rmSync(changed);
	await expect(svg).toMatchFileSnapshot(file);
}

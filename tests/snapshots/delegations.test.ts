import { describe, expect, it } from 'vitest';
import DelegationsFigure from '$lib/figures/delegations/DelegationsFigure.svelte';
import { expectSvgSnapshot, fixtureData, renderChartSvg } from './render';

const data = fixtureData();
const claim = data.claims.find((c) => c.id === 'delegations-1979-rise')!;

describe('delegations figure', () => {
	const svg = renderChartSvg(DelegationsFigure, { claim, trips: data.trips, sources: data.sources });

	it('matches its snapshot', async () => {
		await expectSvgSnapshot(svg, 'delegations-index');
	});

	it('draws the 1979 value as a claimed lower bound, not a solid bar', () => {
		expect(svg).toMatch(/>(&gt;|>) 130</);
		expect(svg).toMatch(/fill="url\(#delegations-index-hatch-official\)"[^>]*stroke-dasharray="6 3"/);
	});

	it('draws one mark per 1978 trip', () => {
		expect(svg.match(/<g class="mark"/g)).toHaveLength(data.trips.length + 2);
		for (const t of data.trips) expect(svg).toContain(t.leader.replace(/&/g, '&amp;'));
	});
});

import { describe, expect, it } from 'vitest';
import { delegationsIndex } from '$lib/figures/delegations/figures';
import { expectSvgSnapshot, fixtureData, renderFigureSvg } from './render';

const data = fixtureData();

describe('delegations figure', () => {
	const svg = renderFigureSvg(delegationsIndex, data);

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

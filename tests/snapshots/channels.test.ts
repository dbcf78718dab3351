/**
 * SVG snapshots of the /channels charts, each rendered in its Figure frame from the fixture data at 960 px.
 */
import { describe, expect, it } from 'vitest';
import { placeRuleLabels } from '$lib/charts/layers/DateRule.svg.svelte';
import { channelsClaim, channelsCount, channelsLanes } from '$lib/figures/channels/figures';
import { expectSvgSnapshot, fixtureData, renderFigureSvg } from './render';

/** The words an SVG shows, tags dropped and wrapped lines joined. */
const textOf = (svg: string) => svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const data = fixtureData();

describe('/channels charts', () => {
	it('ClaimFigure draws the claim as 50 units, 5 hatched, as one focusable mark with its attribution', async () => {
		const svg = renderFigureSvg(channelsClaim, data);
		expect(svg.match(/class="unit[ "]/g)).toHaveLength(50);
		expect(svg.match(/class="unit unit-remaining"/g)).toHaveLength(5);
		expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
		expect(textOf(svg)).toContain(
			'5 of 50 communication channels still open Claimed by Michael Pillsbury (speech at Peking University, 23 Oct 2023), as reported by Liye Hong, via Strategic Study India, text of E-International Relations, 7 Nov 2023. No independent record found; the 50 channels are not named.'
		);
		expect(svg).toContain('url(#channels-claim-hatch-official)');
		await expectSvgSnapshot(svg, 'channels-claim');
	});

	it('LanesFigure draws one labelled lane per channel and the three dated rules', async () => {
		const svg = renderFigureSvg(channelsLanes, data);
		const text = textOf(svg);
		for (const c of data.channels) {
			const firstWord = c.name.split(' ')[0];
			expect(svg, c.name).toContain(`aria-label="${c.name};`);
			expect(text).toContain(firstWord);
		}
		expect(svg.match(/<g class="date-rule"/g)).toHaveLength(3);
		expect(text).toContain('5 Aug 2022 China cancels or suspends eight channels');
		expect(text).toContain('23 Oct 2023 "5 of 50" claim');
		expect(text).toContain('15 Nov 2023 Xi-Biden summit at Woodside');
		await expectSvgSnapshot(svg, 'channels-lanes');
	});

	it('CountFigure labels the right end with the counts of the last step', async () => {
		const svg = renderFigureSvg(channelsCount, data);
		for (const label of ['2 suspended', '13 unknown']) expect(svg).toContain(`>${label}</text>`);
		await expectSvgSnapshot(svg, 'channels-count');
	});
});

describe('placeRuleLabels()', () => {
	it('keeps three close rules on one level, sending labels left where the right is taken', () => {
		const items = [
			{ x: 485, w: 288 },
			{ x: 744, w: 108 },
			{ x: 757, w: 194 }
		];
		expect(placeRuleLabels(items, 1150)).toEqual([
			{ level: 0, left: true },
			{ level: 0, left: true },
			{ level: 0, left: false }
		]);
	});

	it('lifts a label a level rather than let another rule cross it', () => {
		const items = [
			{ x: 20, w: 300 },
			{ x: 150, w: 100 }
		];
		expect(placeRuleLabels(items, 400)).toEqual([
			{ level: 1, left: false },
			{ level: 0, left: false }
		]);
	});

	it('falls back to one level per label when nothing fits', () => {
		expect(
			placeRuleLabels(
				[
					{ x: 5, w: 50 },
					{ x: 8, w: 50 }
				],
				20
			)
		).toEqual([
			{ level: 0, left: false },
			{ level: 1, left: false }
		]);
	});
});

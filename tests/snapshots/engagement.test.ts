/**
 * SVG snapshots of the /engagement charts, each rendered in its Figure frame from the fixture data at 960 px.
 */
import { describe, expect, it } from 'vitest';
import { engagementCounts, engagementPeople, engagementTracks } from '$lib/figures/engagement/figures';
import { expectSvgSnapshot, fixtureData, renderFigureSvg } from './render';

/** The words an SVG shows, tags dropped and wrapped lines joined. */
const textOf = (svg: string) => svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const count = (svg: string, re: RegExp) => svg.match(re)?.length ?? 0;

const data = fixtureData();

describe('/engagement charts', () => {
	it('EngagementTracksFigure draws one focusable mark per event and labels the key events', async () => {
		const svg = renderFigureSvg(engagementTracks, data);
		expect(count(svg, /class="event-mark"/g)).toBe(data.events.length);
		expect(count(svg, /data-event="[^"]+"[^>]*tabindex="0"/g)).toBe(data.events.length);
		const text = textOf(svg);
		for (const e of data.events.filter((e) => e.key))
			expect(text, e.title).toContain(e.title.split(' ').slice(0, 2).join(' '));
		expect(text).toContain('Official 21 events');
		expect(text).toContain('Civil 10 events');
		expect(text).toContain('claimed, via Liye Hong');
		// Claimed events are outlined and hatched with the track's pattern.
		expect(svg).toMatch(
			/data-event="global-times-civil-diplomacy"[^>]*fill="url\(#engagement-tracks-hatch-official\)"/
		);
		expect(svg).toMatch(
			/data-event="pillsbury-peking-university"[^>]*fill="url\(#engagement-tracks-hatch-civil\)"/
		);
		// The tooltip's facts are in each mark's accessible name, with the article's version where it differs.
		expect(svg).toContain(
			'aria-label="Xi meets Bill Gates; Civil track · Xi Jinping; Bill Gates (co-chair of the Gates Foundation); 16 Jun 2023; verified; source:'
		);
		await expectSvgSnapshot(svg, 'engagement-tracks');
	});

	it('EngagementCountsFigure draws official and civil bars per quarter with their counts, and shades what the log does not span', async () => {
		const svg = renderFigureSvg(engagementCounts, data);
		// 2023 Q3: 2 official and 3 civil, all verified (the Tsinghua delegation, known only to 2023, is in no quarter).
		expect(svg).toContain(
			'aria-label="2023 Q3, civil track; 3 verified of 3 events; Jul–Sep 2023; verified;'
		);
		expect(svg).toContain(
			'aria-label="2023 Q3, official track; 2 verified of 2 events; Jul–Sep 2023; verified;'
		);
		const bars = [...svg.matchAll(/class="bar" data-track="(\w+)" data-confidence="(\w+)"/g)];
		expect(bars.filter(([, , c]) => c === 'claimed')).toHaveLength(2);
		// Nine quarters with official events, three with civil ones.
		expect(count(svg, /<text[^>]*font-weight="600"[^>]*>\d<\/text>/g)).toBe(12);
		expect(count(svg, />not in the curated log</g)).toBe(2);
		await expectSvgSnapshot(svg, 'engagement-counts');
	});

	it('PeopleSeriesFigure draws three panels with reference levels and direct value labels', async () => {
		const svg = renderFigureSvg(engagementPeople, data);
		expect(count(svg, /<svg class="chart-svg"/g)).toBe(3);
		const text = textOf(svg);
		for (const label of [
			'Chinese students in the US (IIE Open Doors)',
			'US students in China',
			'Weekly flights allowed per side',
			'2019/20 peak: 372,532',
			'2018/19: over 11,000',
			'before 2020: over 150',
			'289,526',
			'277,398',
			'about 700'
		])
			expect(text).toContain(label);
		// Reported values are drawn in the reported style.
		expect(svg).toMatch(/class="bar" data-confidence="reported"[^>]*stroke-dasharray="4 2"/);
		// Flights: one focusable dot per step in the window (12, 18, 24, 35, 50).
		expect(count(svg, /class="step-point"/g)).toBe(5);
		await expectSvgSnapshot(svg, 'engagement-people');
	});
});

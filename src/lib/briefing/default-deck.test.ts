import { describe, expect, it } from 'vitest';
import { fixtureData } from '../../../tests/fixtures/data';
import { parseDeck } from './deck';
import { channelsTakeaway, defaultDeck, delegationsTakeaway, engagementTakeaway } from './default-deck';

describe('defaultDeck()', () => {
	const data = fixtureData();
	const deck = defaultDeck(data);

	it('has one slide per view, each a valid deck slide', () => {
		expect(deck.slides.map((s) => [s.chart.figure, s.chart.view])).toEqual([
			['channels-lanes', '/channels'],
			['delegations-index', '/delegations'],
			['engagement-counts', '/engagement']
		]);
		expect(parseDeck(JSON.parse(JSON.stringify(deck))).ok).toBe(true);
	});

	it('computes every takeaway from the data', () => {
		expect(deck.slides.map((s) => s.takeaway)).toEqual([
			channelsTakeaway(data),
			delegationsTakeaway(data),
			engagementTakeaway(data)
		]);
		expect(channelsTakeaway(data)).toContain(`Of ${data.channels.length} named channels`);
		expect(delegationsTakeaway(data)).toContain(`${data.trips.length} trips`);
		expect(engagementTakeaway({ ...data, events: [] })).toBe('');
	});
});

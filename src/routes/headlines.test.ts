import { describe, expect, it } from 'vitest';
import { toDate } from '$lib/transforms/dates';
import { fixtureData } from '../../tests/fixtures/data';
import { channelsHeadline, delegationsHeadline, engagementHeadline } from './headlines';

const data = fixtureData();
const DOMAIN: [Date, Date] = [toDate('2021-07-01'), toDate('2025-01-01')];

describe('overview headlines', () => {
	it('channelsHeadline() sets the claim against the sourced register', () => {
		expect(channelsHeadline(data, 'five-of-fifty-channels', DOMAIN)).toBe(
			'Michael Pillsbury is reported to have said that only 5 of 50 channels remained (23 Oct 2023), a claim no ' +
				'other record confirms. Of the 15 named channels we can source, 2 were active that day and 9 by 31 Dec 2024.'
		);
	});

	it('delegationsHeadline() says the rise is a claim with no published count', () => {
		expect(delegationsHeadline(data, 'delegations-1979-rise')).toBe(
			'The op-ed claims Chinese delegations abroad rose by more than 30% in 1979; no count was ever published, ' +
				'so it is drawn as an index beside the 9 sourced trips of 1978.'
		);
	});

	it('engagementHeadline() counts each track per year from the log', () => {
		expect(engagementHeadline(data)).toContain(
			'The curated log holds 30 events: 2 official and 0 civil in 2022; 8 official and 10 civil in 2023; 10 official and 0 civil in 2024.'
		);
	});

	it('returns nothing for a claim that is not in the data', () => {
		expect(channelsHeadline(data, 'no-such-claim', DOMAIN)).toBe('');
		expect(delegationsHeadline(data, 'no-such-claim')).toBe('');
	});
});

import { describe, expect, it } from 'vitest';
import { fixtureData } from '../../../tests/fixtures/data';
import { dataAsOf, latestRecordDate } from './as-of';
import type { DataBundle } from './load';

const built = new Date('2026-12-04T19:00:00Z');
const event = (date: string, end?: string) => ({ date, end }) as DataBundle['events'][number];
const person = (date: string) => ({ date }) as DataBundle['people'][number];

describe('latestRecordDate()', () => {
	it.each([
		['the latest event date', [event('2024-11-16'), event('2026-05-14')], [], '2026-05-14'],
		['the end of a multi-day event', [event('2026-05-13', '2026-05-15')], [], '2026-05-15'],
		['a later date in another dataset', [event('2025-10-30')], [person('2026-01')], '2026-01'],
		// "May 2026" may be after 15 May: the as-of date is never more precise than the records.
		['a month that ends after a day inside it', [event('2026-05-15')], [person('2026-05')], '2026-05'],
		['a day after a month that ended before it', [event('2026-06-02')], [person('2026-05')], '2026-06-02'],
		// A date after the build day is a scheduled one (an expiry, a planned visit), not a record.
		['not a scheduled date after the build day', [event('2025-11-10', '2026-12-10')], [], '2025-11-10'],
		['the build day itself', [event('2026-12-04')], [], '2026-12-04']
	])('is %s', (_, events, people, expected) => {
		expect(latestRecordDate({ events, people }, built)).toBe(expected);
	});

	it('is undefined when nothing is dated', () => {
		expect(latestRecordDate({ events: [], people: [] }, built)).toBeUndefined();
	});

	it('reads every dataset of the fixture (its latest record is a removal flight of 16 Nov 2024)', () => {
		expect(latestRecordDate(fixtureData(), built)).toBe('2024-11-16');
	});

	it('does not read the publication dates of sources (a 2026 article about 1978 is not 2026 data)', () => {
		const data = fixtureData();
		const sources = [...data.sources, { ...data.sources[0], id: 'late', date: '2026-11-30' }];
		expect(latestRecordDate({ ...data, sources }, built)).toBe('2024-11-16');
	});
});

describe('dataAsOf()', () => {
	it('gives the data date, the build day, and whether imports are applied', () => {
		const data = { events: [event('2026-05-14')] };
		expect(dataAsOf(data, built)).toEqual({ data: '2026-05-14', built: '2026-12-04' });
		expect(dataAsOf(data, built, true)).toEqual({ data: '2026-05-14', built: '2026-12-04', imported: true });
	});

	it('moves with imported rows', () => {
		const data = fixtureData();
		const imported = { ...data, events: [...data.events, event('2026-06-30')] };
		expect(dataAsOf(imported, built, true).data).toBe('2026-06-30');
	});
});

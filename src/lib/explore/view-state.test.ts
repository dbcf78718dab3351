import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW_STATE,
	decodeViewState,
	encodeViewState,
	passes,
	viewStateOfRecord,
	viewStateRecord,
	type ViewState
} from './view-state';

const decode = (query: string) => decodeViewState(new URLSearchParams(query));

describe('encodeViewState() / decodeViewState()', () => {
	// Found by the fuzzer (tests/fuzz/deck.test.ts): the cap cut an emoji in half, so the link changed the search.
	it('caps the search at 200 units without cutting a character in half', () => {
		const q = `a${'😀'.repeat(120)}`;
		const state = decode(new URLSearchParams({ q }).toString());
		expect(state.q).toBe(`a${'😀'.repeat(99)}`);
		expect(decode(encodeViewState(state).toString()).q).toBe(state.q);
	});

	it('writes nothing for the default view and reads the defaults from an empty query', () => {
		expect(encodeViewState(DEFAULT_VIEW_STATE).toString()).toBe('');
		expect(decode('')).toEqual(DEFAULT_VIEW_STATE);
	});

	it('round-trips every control', () => {
		const state: ViewState = {
			events: false,
			event: 'woodside-summit',
			from: '2023-01-01',
			to: '2023-12-31',
			category: ['economic', 'military'],
			status: ['active', 'suspended'],
			track: ['civil'],
			confidence: ['verified', 'reported'],
			actor: ['business', 'education'],
			q: '进博会 Gates'
		};
		const query = encodeViewState(state).toString();
		expect(query).toBe(
			'events=off&event=woodside-summit&from=2023-01-01&to=2023-12-31&category=economic%2Cmilitary' +
				'&status=active%2Csuspended&track=civil&confidence=verified%2Creported&actor=business%2Ceducation' +
				'&q=%E8%BF%9B%E5%8D%9A%E4%BC%9A+Gates'
		);
		expect(decode(query)).toEqual(state);
	});

	it.each([
		['an unknown parameter', 'utm_source=x&colour=red', DEFAULT_VIEW_STATE],
		[
			'an unknown filter value, keeping the known ones',
			'track=civil,diplomatic',
			{ ...DEFAULT_VIEW_STATE, track: ['civil'] }
		],
		[
			'a repeated value once, in the filter order',
			'track=civil,official,civil',
			{ ...DEFAULT_VIEW_STATE, track: ['official', 'civil'] }
		],
		['a date that is not a day', 'from=2023-02-30&to=soon', DEFAULT_VIEW_STATE],
		['a window that ends before it starts', 'from=2024-01-01&to=2023-01-01', DEFAULT_VIEW_STATE],
		['an event id with odd characters', 'event=<script>', DEFAULT_VIEW_STATE],
		['events=yes (only "off" turns the layer off)', 'events=yes', DEFAULT_VIEW_STATE]
	])('ignores %s, keeping the defaults', (_, query, expected) => {
		expect(decode(query)).toEqual(expected);
	});

	it('keeps a search text of at most 200 characters', () => {
		expect(decode(`q=${'a'.repeat(500)}`).q).toHaveLength(200);
	});
});

describe('passes()', () => {
	it('lets everything through an empty filter and only the chosen values otherwise', () => {
		expect(passes([], 'civil')).toBe(true);
		expect(passes(['official'], 'civil')).toBe(false);
		expect(passes(['official', 'civil'], 'civil')).toBe(true);
	});
});

describe('viewStateRecord() / viewStateOfRecord()', () => {
	it('keeps only the controls that differ from the default, as strings, and reads them back', () => {
		const record = viewStateRecord(new URLSearchParams('track=civil&from=2023-01-01&junk=1&q=Gates'));
		expect(record).toEqual({ from: '2023-01-01', track: 'civil', q: 'Gates' });
		expect(viewStateOfRecord(record)).toEqual({
			...DEFAULT_VIEW_STATE,
			from: '2023-01-01',
			track: ['civil'],
			q: 'Gates'
		});
	});
	it('reads a missing or malformed record as the default view', () => {
		expect(viewStateOfRecord(undefined)).toEqual(DEFAULT_VIEW_STATE);
		expect(viewStateOfRecord({ track: 3, confidence: ['verified'] })).toEqual(DEFAULT_VIEW_STATE);
	});
});

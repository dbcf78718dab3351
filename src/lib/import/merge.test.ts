import { describe, expect, it } from 'vitest';
import type { DatasetKey } from '$lib/data/datasets';
import { fixtureData } from '../../../tests/fixtures/data';
import { applyRows, rowKey, taggedSourceId } from './merge';

const bundle = fixtureData();
const FIXTURE_NOTE = 'Test fixture; not real data.';

describe('rowKey()', () => {
	it.each([
		['channelPeriods', { channel_id: 'a', start: '2023-01', id: 'x' }, 'a 2023-01'],
		['people', { series: 'flights', period: '2023', id: 'x' }, 'flights 2023'],
		['events', { id: 'e1', date: '2023-01-01' }, 'e1'],
		['sources', { id: 's1' }, 's1']
	] as [DatasetKey, Record<string, unknown>, string][])('%s %o -> %s', (key, row, expected) => {
		expect(rowKey(key, row)).toBe(expected);
	});
});

describe('applyRows()', () => {
	const shippedPeriod = bundle.channelPeriods[0];
	const samePeriod = { ...shippedPeriod, status: 'active', note: FIXTURE_NOTE };
	const newPeriod = { ...shippedPeriod, start: '2099-01-01', note: FIXTURE_NOTE };

	const cases: {
		name: string;
		mode: 'replace' | 'merge';
		rows: Record<string, unknown>[];
		/** Rows of channelPeriods afterwards. */
		length: number;
		/** The status of the first shipped period's key afterwards (undefined when gone). */
		status: string | undefined;
	}[] = [
		{
			name: 'merge replaces the row with the same key in place',
			mode: 'merge',
			rows: [samePeriod],
			length: bundle.channelPeriods.length,
			status: 'active'
		},
		{
			name: 'merge adds a row with a new key at the end',
			mode: 'merge',
			rows: [newPeriod],
			length: bundle.channelPeriods.length + 1,
			status: shippedPeriod.status
		},
		{
			name: 'replace keeps only the imported rows',
			mode: 'replace',
			rows: [newPeriod],
			length: 1,
			status: undefined
		}
	];

	it.each(cases)('$name', ({ mode, rows, length, status }) => {
		const out = applyRows(bundle, 'channelPeriods', rows, 'mine.csv', mode);
		expect(out.channelPeriods).toHaveLength(length);
		const first = out.channelPeriods.find(
			(p) => rowKey('channelPeriods', p) === rowKey('channelPeriods', shippedPeriod)
		);
		expect(first?.status).toBe(status);
		// The other datasets are the same objects: nothing else changes.
		expect(out.channels).toBe(bundle.channels);
		expect(out.events).toBe(bundle.events);
	});

	it('tags each imported row with its source via the file, and adds that source once', () => {
		const out = applyRows(bundle, 'channelPeriods', [samePeriod, newPeriod], 'mine.csv', 'merge');
		const tag = taggedSourceId(shippedPeriod.source_id, 'mine.csv');
		expect(tag).toBe(`${shippedPeriod.source_id}@mine.csv`);
		const imported = out.channelPeriods.filter((p) => p.note === FIXTURE_NOTE);
		expect(imported.map((p) => p.source_id)).toEqual([tag, tag]);
		const added = out.sources.filter((s) => s.id === tag);
		expect(added).toHaveLength(1);
		expect(added[0].publisher).toContain('via imported file mine.csv');
		expect(out.sources).toHaveLength(bundle.sources.length + 1);
		// The shipped rows keep their own source.
		expect(
			out.channelPeriods.filter((p) => p.note !== FIXTURE_NOTE).every((p) => !p.source_id.includes('@'))
		).toBe(true);
	});

	it('imports sources as they are, untagged', () => {
		const source = { ...bundle.sources[0], title: 'Fixture title', note: FIXTURE_NOTE };
		const out = applyRows(bundle, 'sources', [source], 'sources.csv', 'merge');
		expect(out.sources).toHaveLength(bundle.sources.length);
		expect(out.sources.find((s) => s.id === source.id)?.title).toBe('Fixture title');
	});

	it('a second import of the same file does not add its source twice', () => {
		const once = applyRows(bundle, 'channelPeriods', [samePeriod], 'mine.csv', 'merge');
		const twice = applyRows(once, 'channelPeriods', [samePeriod], 'mine.csv', 'merge');
		expect(twice.sources).toHaveLength(once.sources.length);
	});
});

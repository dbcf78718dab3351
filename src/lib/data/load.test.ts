import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertLoaded, loadDatasets } from './load.ts';

const shipped = (file: string) => readFileSync(`data/${file}`, 'utf8');

describe('loadDatasets()', () => {
	it('accepts every shipped dataset', () => {
		const loaded = loadDatasets(shipped);
		if (!loaded.ok) throw new Error(assertLoaded(loaded) as never);
		expect(loaded.data.channels.length).toBeGreaterThan(10);
		expect(loaded.data.claims.map((c) => c.id)).toContain('five-of-fifty-channels');
	});

	it('gives every shipped record a source and a confidence', () => {
		const loaded = loadDatasets(shipped);
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		const { sources, ...rest } = loaded.data;
		expect(sources.length).toBeGreaterThan(0);
		for (const rows of Object.values(rest))
			for (const row of rows as { source_id: string; confidence: string }[]) {
				expect(row.source_id).toBeTruthy();
				expect(row.confidence).toBeTruthy();
			}
	});

	it('reports an unknown source id where it stands', () => {
		const loaded = loadDatasets((file) =>
			file === 'claims.csv' ? shipped(file).replace(',hong-2023,claimed,', ',nobody,claimed,') : shipped(file)
		);
		expect(loaded.ok).toBe(false);
		if (!loaded.ok)
			expect(loaded.issues[0]).toMatchObject({
				file: 'data/claims.csv',
				line: 2,
				column: 14,
				columnName: 'source_id',
				value: 'nobody',
				expected: 'expected an id from data/sources.csv'
			});
	});

	it('reports a period that ends before it starts, and an unknown channel', () => {
		const loaded = loadDatasets((file) =>
			file === 'channel-periods.csv'
				? shipped(file) + 'no-such-channel,active,2024-01-02,2024-01-01,dhs-2024-11-18,reported,\n'
				: shipped(file)
		);
		expect(loaded.ok).toBe(false);
		if (!loaded.ok) expect(loaded.issues.map((i) => i.columnName)).toEqual(['channel_id', 'end']);
	});

	it('reports a missing file', () => {
		const loaded = loadDatasets((file) => {
			if (file === 'trips-1978.csv') throw new Error('ENOENT');
			return shipped(file);
		});
		expect(loaded.ok).toBe(false);
		if (!loaded.ok)
			expect(loaded.issues[0]).toMatchObject({ file: 'data/trips-1978.csv', line: 1, column: 1 });
	});

	it('reports a duplicate id on the line that repeats it', () => {
		const text = shipped('sources.csv');
		const lines = text.trimEnd().split('\n');
		const loaded = loadDatasets((file) =>
			file === 'sources.csv' ? `${text.trimEnd()}\n${lines[1]}\n` : shipped(file)
		);
		expect(loaded.ok).toBe(false);
		if (!loaded.ok)
			expect(loaded.issues[0]).toMatchObject({
				file: 'data/sources.csv',
				line: lines.length + 1,
				column: 1,
				columnName: 'id',
				expected: 'expected an id not used by an earlier row'
			});
	});

	it('assertLoaded() throws one message listing every problem', () => {
		const loaded = loadDatasets((file) =>
			file === 'people-series.csv' ? shipped(file).replace('328547', 'many') : shipped(file)
		);
		expect(() => assertLoaded(loaded)).toThrow(
			/data\/people-series\.csv:2:4 \(column "value"\): found "many"/
		);
	});
});

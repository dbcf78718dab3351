import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceLeadDays } from './integrity.ts';
import { assertLoaded, loadDatasets } from './load.ts';
import { formatIssue } from './validate.ts';

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

	describe('citations: every record cites a published page a reader can open', () => {
		const withFile = (name: string, edit: (text: string) => string) =>
			loadDatasets((file) => (file === name ? edit(shipped(file)) : shipped(file)));
		const issueOf = (loaded: ReturnType<typeof loadDatasets>) => {
			expect(loaded.ok).toBe(false);
			return loaded.ok ? undefined : loaded.issues[0];
		};

		it('fails on a source without a URL, at its url cell', () => {
			const issue = issueOf(
				withFile('sources.csv', (t) => t.replace(',https://opendoorsdata.org/about/,', ',,'))
			);
			expect(issue).toMatchObject({ file: 'data/sources.csv', column: 8, columnName: 'url', value: '' });
			expect(formatIssue(issue!)).toMatch(
				/^data\/sources\.csv:\d+:8 \(column "url"\): found ""; expected a full web address starting http:\/\/ or https:\/\//
			);
		});

		it('fails on a URL that is not http(s)', () => {
			const issue = issueOf(
				withFile('sources.csv', (t) =>
					t.replace('https://opendoorsdata.org/about/', 'ftp://opendoorsdata.org/')
				)
			);
			expect(issue).toMatchObject({ columnName: 'url', value: 'ftp://opendoorsdata.org/' });
		});

		it('fails on a research-notes citation, naming it as the project notes', () => {
			const issue = issueOf(
				withFile('claims.csv', (t) => t.replace(',hong-2023,claimed,', ',research-notes,claimed,'))
			);
			expect(issue).toMatchObject({ file: 'data/claims.csv', line: 2, column: 14, value: 'research-notes' });
			expect(issue!.expected).toContain('is not a page a reader can open');
		});

		it('fails on a record whose source is dated more than 60 days before it, at its date cell', () => {
			// The Kerry-Xie talks (16 Jul 2023) said to come from Xinhua of 9 Feb 2018.
			const issue = issueOf(
				withFile('engagement-events.csv', (t) =>
					t.replace(',climate-change-talks,people-cn-2023-11-15,', ',climate-change-talks,xinhua-2018-02-09,')
				)
			);
			expect(issue).toMatchObject({
				file: 'data/engagement-events.csv',
				column: 2,
				columnName: 'date',
				value: '2023-07-16'
			});
			expect(formatIssue(issue!)).toContain(
				'expected a source dated on or after the record (at most 60 days before): "xinhua-2018-02-09" is dated 2018-02-09'
			);
		});

		it('lets an event marked announced cite a source from before it, and only then', () => {
			// The Kerry-Xie talks again, now marked as announced in advance by that earlier source.
			const cite = (announced: string) =>
				withFile('engagement-events.csv', (t) =>
					t.replace(
						',climate-change-talks,people-cn-2023-11-15,verified,,',
						`,climate-change-talks,xinhua-2018-02-09,verified,${announced},`
					)
				);
			expect(cite('').ok).toBe(false);
			expect(cite('yes').ok).toBe(true);
		});

		it("reads dates at their precision in the source's favour: a month-dated source is not early for its month", () => {
			expect(sourceLeadDays('2024-09', '2024-09-30')).toBeLessThan(0);
			expect(sourceLeadDays('2024-01-09', '2024-03-10')).toBe(60);
			expect(sourceLeadDays('2024-01-09', '2024-03-11')).toBe(61);
			expect(sourceLeadDays('2023', '2024-03-01')).toBe(60);
		});

		it('requires a mirror to name the outlet whose text it carries', () => {
			const issue = issueOf(
				withFile('sources.csv', (t) => t.replace(',mirror,TIME,1978-08-28,', ',mirror,,1978-08-28,'))
			);
			expect(issue).toMatchObject({ file: 'data/sources.csv', column: 6, columnName: 'original' });
		});

		it('keeps a verified record on a mirror only when its note says whose text the page carries', () => {
			const issue = issueOf(
				withFile('trips-1978.csv', (t) => t.replace('Text of Xinhua (People', 'Xinhua (People'))
			);
			expect(issue).toMatchObject({
				file: 'data/trips-1978.csv',
				columnName: 'confidence',
				value: 'verified'
			});
		});

		it('has no research-notes citation and a URL on every source in the shipped data', () => {
			const loaded = loadDatasets(shipped);
			if (!loaded.ok) throw new Error('shipped data invalid');
			const { sources, ...rest } = loaded.data;
			for (const rows of Object.values(rest))
				for (const row of rows as { source_id: string }[]) expect(row.source_id).not.toBe('research-notes');
			for (const s of sources) expect(s.url).toMatch(/^https?:\/\//);
			for (const e of loaded.data.events) expect(e.kind, e.id).toBeDefined();
		});
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monthlyRows } from './bins.ts';
import { totalEvents } from './day-index.ts';
import { ingestChunks, EventIngest, type IngestResult } from './ingest.ts';

const GDELT = 'tests/fixtures/gdelt/20230101.export.CSV';
const GDELT_ZIP = 'tests/fixtures/gdelt/20230101.export.CSV.zip';
const ICEWS = 'tests/fixtures/icews/events.2021.fixture.tab';

/** Feeds bytes in chunks of `size`, as a stream would. */
function run(name: string, bytes: Uint8Array, size = 97): IngestResult {
	const ingest = new EventIngest(name);
	for (let i = 0; i < bytes.length && ingest.reading; i += size) ingest.push(bytes.subarray(i, i + size));
	return ingest.finish();
}

const ok = (r: IngestResult) => {
	if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issue)}`);
	return r;
};

describe('EventIngest on GDELT 2.0', () => {
	const bytes = readFileSync(GDELT);

	it('keeps the China-US rows and reports bad dates and column counts by line', () => {
		const r = ok(run('g.CSV', bytes));
		expect(r.format).toBe('gdelt');
		expect(r.rowsRead).toBe(33);
		expect(r.rowsKept).toBe(22);
		expect(r.rowsOther).toBe(5);
		expect(r.problemCount).toBe(6);
		expect(r.problems.map((p) => [p.line, p.column])).toEqual([
			[28, 2],
			[29, 2],
			[30, 2],
			[31, 2],
			[32, 61],
			[33, 62]
		]);
		expect(r.problems[1]).toMatchObject({ file: 'g.CSV', columnName: 'Day', value: '20231305' });
		expect(r.problems[4].expected).toBe('expected 61 tab-separated columns, found 60');
	});

	it('gives the same result whatever the chunk size', () => {
		const a = ok(run('g', bytes, 1));
		const b = ok(run('g', bytes, 1 << 20));
		expect(monthlyRows(a.index)).toEqual(monthlyRows(b.index));
	});

	it('classifies tracks and QuadClass per month', () => {
		const rows = monthlyRows(ok(run('g', bytes)).index);
		expect(rows.filter((r) => r.month === '2023-01')).toEqual([
			{
				month: '2023-01',
				track: 'official',
				events: 2,
				verbal_cooperation: 1,
				material_cooperation: 0,
				verbal_conflict: 1,
				material_conflict: 0,
				no_quad_class: 0
			},
			{
				month: '2023-01',
				track: 'civil',
				events: 1,
				verbal_cooperation: 1,
				material_cooperation: 0,
				verbal_conflict: 0,
				material_conflict: 0,
				no_quad_class: 0
			},
			{
				month: '2023-01',
				track: 'untyped',
				events: 1,
				verbal_cooperation: 0,
				material_cooperation: 1,
				verbal_conflict: 0,
				material_conflict: 0,
				no_quad_class: 0
			}
		]);
		const march = rows.filter((r) => r.month === '2023-03');
		// IGO + untyped is untyped; NGO + untyped is civil with no QuadClass; GOV EDU + EDU is official.
		expect(march.map((r) => [r.track, r.events, r.no_quad_class])).toEqual([
			['official', 1, 0],
			['civil', 1, 1],
			['untyped', 1, 0]
		]);
	});

	it('reads the .zip as downloaded, streaming', () => {
		const plain = ok(run('g', bytes));
		const zipped = ok(run('g.zip', readFileSync(GDELT_ZIP), 64));
		expect(zipped.zipped).toBe(true);
		expect(monthlyRows(zipped.index)).toEqual(monthlyRows(plain.index));
	});

	it('reports a truncated .zip', () => {
		const zip = readFileSync(GDELT_ZIP);
		const r = run('t.zip', zip.subarray(0, zip.length - 200));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issue.expected).toMatch(/truncated|not readable|inflated/);
	});

	it('runs over an async stream with progress', async () => {
		const seen: number[] = [];
		async function* chunks() {
			for (let i = 0; i < bytes.length; i += 1000) yield bytes.subarray(i, i + 1000);
		}
		const r = await ingestChunks('g', chunks(), { onProgress: (p) => seen.push(p.rowsRead) });
		expect(r !== 'cancelled' && r.ok && totalEvents(r.index)).toBe(22);
		expect(seen.at(-1)).toBeGreaterThan(0);
	});

	it('stops when cancelled', async () => {
		const controller = new AbortController();
		async function* chunks() {
			yield bytes.subarray(0, 100);
			controller.abort();
			yield bytes.subarray(100);
		}
		expect(await ingestChunks('g', chunks(), { signal: controller.signal })).toBe('cancelled');
	});
});

describe('EventIngest on ICEWS', () => {
	it('detects the header, keeps China-US rows, reads sectors', () => {
		const r = ok(run('i.tab', readFileSync(ICEWS)));
		expect(r.format).toBe('icews');
		expect(r.rowsRead).toBe(15);
		expect(r.rowsKept).toBe(10);
		expect(r.rowsOther).toBe(2);
		expect(r.problems.map((p) => [p.line, p.column, p.value ?? ''])).toEqual([
			[14, 2, '2021-02-30'],
			[15, 2, '18/03/2021'],
			[16, 20, '']
		]);
		const rows = monthlyRows(r.index);
		expect(rows.find((x) => x.month === '2021-04' && x.track === 'civil')?.events).toBe(1);
		expect(rows.find((x) => x.month === '2021-04' && x.track === 'untyped')?.events).toBe(1);
		expect(rows.find((x) => x.month === '2021-05' && x.track === 'official')?.material_conflict).toBe(1);
	});
});

describe('EventIngest rejects what is not event data', () => {
	const reject = (bytes: Uint8Array) => {
		const r = run('x', bytes);
		if (r.ok) throw new Error('expected a rejection');
		return r.issue.expected;
	};
	const enc = (s: string) => new TextEncoder().encode(s);

	it('empty', () => expect(reject(new Uint8Array(0))).toMatch(/empty/));
	it('binary', () => expect(reject(new Uint8Array([1, 2, 0, 4, 5]))).toMatch(/binary/));
	it('UTF-16', () => expect(reject(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toMatch(/UTF-16/));
	it('a dataset CSV', () =>
		expect(reject(enc('id,date,title\na,2023-01-01,x\n'))).toMatch(/GDELT 2\.0.*ICEWS/));
	it('GDELT 1.0', () => expect(reject(enc(Array(57).fill('1').join('\t')))).toMatch(/GDELT 1\.0/));
	it('a 10 MB single line, without holding it', () => {
		const big = new Uint8Array(10 * 1024 * 1024).fill(0x61);
		expect(reject(big)).toMatch(/GDELT 2\.0|at most 64 KB/);
	});
});

// Each found by the fuzzer (tests/fuzz/eventdata.test.ts): the same file read differently by how it was cut
// into chunks, or every row refused for one bad first row.
describe('EventIngest reads a file the same whatever its chunks', () => {
	const enc = (s: string) => new TextEncoder().encode(s);
	const row = (date: string) => {
		const cells = Array<string>(61).fill('');
		[cells[0], cells[1], cells[7], cells[17]] = ['1', date, 'CHN', 'USA'];
		return cells.join('\t');
	};
	const summary = (r: IngestResult) =>
		r.ok ? [r.zipped, r.rowsRead, r.rowsKept, r.problemCount] : r.issue.expected;

	it('a .zip whose first chunk is shorter than its four-byte signature', () => {
		const zip = readFileSync(GDELT_ZIP);
		expect(summary(run('g.zip', zip, 1))).toEqual(summary(run('g.zip', zip, 4096)));
		expect(ok(run('g.zip', zip, 1)).zipped).toBe(true);
	});

	it('a NUL on the line after an ICEWS header is that row’s problem, not a binary file', () => {
		const bytes = new Uint8Array([...readFileSync(ICEWS).subarray(0, 300), 0, 10]);
		const header = readFileSync(ICEWS).indexOf(10) + 1;
		expect(summary(run('i.tab', bytes, header))).toEqual(summary(run('i.tab', bytes, 1)));
		expect(run('i.tab', bytes, header).ok).toBe(true);
	});

	it('a line over 64 KB is skipped as too long, even when it comes whole in one chunk', () => {
		const bytes = enc(`${row('20230105')}\n${'x'.repeat(70_000)}\n${row('20230106')}\n`);
		const whole = ok(run('g', bytes, bytes.length));
		expect(summary(whole)).toEqual(summary(run('g', bytes, 1000)));
		expect(whole.problems[0]).toMatchObject({ line: 2, expected: expect.stringMatching(/at most 64 KB/) });
		expect(whole.rowsKept).toBe(2);
	});

	it('a first row with a damaged date is that row’s problem; the rows after it are read', () => {
		const r = ok(run('g.CSV', enc(`${row('2023-01-05')}\n${row('20230106')}\n`)));
		expect(r.format).toBe('gdelt');
		expect(r.rowsKept).toBe(1);
		expect(r.problems).toMatchObject([{ line: 1, column: 2, expected: 'expected a date as YYYYMMDD' }]);
	});
});

/**
 * GDELT 2.0 exports (.CSV and .zip) and ICEWS .tab files, in chunks of any size: every file ends in a result
 * or one located error, a valid China-US row is never lost to an invalid neighbour, a zipped file reads as
 * the same file unzipped, a damaged zip is an error and not a crash, and what a stream holds stays bounded.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect } from 'vitest';
import { totalEvents } from '$lib/eventdata/day-index';
import { dayNumber } from '$lib/eventdata/day';
import { GDELT, ICEWS, ICEWS_HEADER } from '$lib/eventdata/formats';
import { EventIngest, MAX_LINE_BYTES, MAX_PROBLEMS, type IngestResult } from '$lib/eventdata/ingest';
import { chunks, fuzz, isLocated } from './harness';

const enc = (s: string) => new TextEncoder().encode(s);

/** Runs bytes through the import as a stream delivers them, checking what it holds after every chunk. */
function ingest(bytes: Uint8Array, size: number): IngestResult {
	const run = new EventIngest('fuzz');
	for (const chunk of chunks(bytes, streamChunk(bytes, size))) {
		run.push(chunk);
		expect(run.held).toBeLessThanOrEqual(MAX_LINE_BYTES);
		if (!run.reading) break;
	}
	return run.finish();
}

/** Ends in a result with located, bounded problems, or one located error. */
function expectSettled(result: IngestResult, lines: number) {
	if (!result.ok) {
		expect(isLocated(result.issue), JSON.stringify(result.issue)).toBe(true);
		return;
	}
	expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
	expect(result.problems.length).toBeLessThanOrEqual(result.problemCount);
	for (const p of result.problems) expect(isLocated(p, lines), JSON.stringify(p)).toBe(true);
	expect(result.rowsKept + result.rowsOther).toBeLessThanOrEqual(result.rowsRead);
	expect(totalEvents(result.index)).toBe(result.rowsKept);
}

/** Tiny chunks for small inputs; a long input in at most about 300 chunks, so a case stays quick. */
const streamChunk = (bytes: Uint8Array, size: number) => Math.max(size, Math.ceil(bytes.length / 300));

const countLines = (bytes: Uint8Array) => bytes.reduce((n, b) => n + (b === 10 ? 1 : 0), 1);
const chunkSize = fc.oneof(fc.integer({ min: 1, max: 64 }), fc.constantFrom(4096, 65536, 1 << 20));

/** A cell of nothing in particular: no tab, no line break. */
const filler = fc.string({ unit: fc.constantFrom('a', '1', ' ', '.', '-', 'é', '"'), maxLength: 6 });
const day = fc.oneof(
	fc
		.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
		.map((d) => d.toISOString().slice(0, 10)),
	fc.constantFrom('2023-02-30', '1899-12-31', '2100-01-01', '', 'x')
);
const isDay = (iso: string) => {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return !!m && dayNumber(+m[1], +m[2], +m[3]) !== undefined;
};

interface Row {
	text: string;
	/** A China-US event on a valid day: must be kept. */
	kept: boolean;
}

const gdeltRow: fc.Arbitrary<Row> = fc
	.record({
		id: fc.nat().map(String),
		day,
		a: fc.constantFrom('CHN', 'USA', 'GBR', ''),
		b: fc.constantFrom('CHN', 'USA', 'RUS', ''),
		types: fc.array(fc.constantFrom('GOV', 'BUS', 'EDU', 'MIL', 'CVL', '', 'XYZ'), {
			minLength: 6,
			maxLength: 6
		}),
		quad: fc.constantFrom('1', '2', '3', '4', '', '9'),
		cells: fc.array(filler, { minLength: GDELT.columns, maxLength: GDELT.columns })
	})
	.map(({ id, day, a, b, types, quad, cells }) => {
		const c = [...cells];
		c[0] = id;
		c[GDELT.day] = day.replaceAll('-', '');
		c[GDELT.actor1Country] = a;
		c[GDELT.actor2Country] = b;
		[...GDELT.actor1Types, ...GDELT.actor2Types].forEach((col, i) => (c[col] = types[i]));
		c[GDELT.quadClass] = quad;
		const dyad = (a === 'CHN' && b === 'USA') || (a === 'USA' && b === 'CHN');
		return { text: c.join('\t'), kept: dyad && isDay(day) };
	});

const icewsRow: fc.Arbitrary<Row> = fc
	.record({
		day,
		a: fc.constantFrom('China', 'United States', 'Japan', '"China"', ''),
		b: fc.constantFrom('China', 'United States', 'Russia', ''),
		sectors: fc.array(fc.constantFrom('Government', 'Business', 'Education,Media', 'Military', ''), {
			minLength: 2,
			maxLength: 2
		}),
		cameo: fc.constantFrom('040', '111', '1', '', 'x'),
		cells: fc.array(filler, { minLength: ICEWS.columns, maxLength: ICEWS.columns })
	})
	.map(({ day, a, b, sectors, cameo, cells }) => {
		const c = [...cells];
		c[ICEWS.date] = day;
		c[ICEWS.sourceCountry] = a;
		c[ICEWS.targetCountry] = b;
		c[ICEWS.sourceSectors] = sectors[0];
		c[ICEWS.targetSectors] = sectors[1];
		c[ICEWS.cameo] = cameo;
		const country = (s: string) => s.replace(/^"(.*)"$/, '$1');
		const pair = [country(a), b].sort().join('|');
		return { text: c.join('\t'), kept: pair === 'China|United States' && isDay(day) };
	});

/** A line that is not an event row: bytes of anything but a line break (NULs, invalid UTF-8, tabs). */
const garbageLine = fc.oneof(
	{ weight: 10, arbitrary: fc.uint8Array({ maxLength: 80 }).map((b) => b.filter((x) => x !== 10)) },
	{ weight: 10, arbitrary: fc.array(filler, { maxLength: 70 }).map((cells) => enc(cells.join('\t'))) },
	// Longer than any line the import holds (a few per hundred lines: they are costly to generate and zip).
	{ weight: 1, arbitrary: fc.constant(new Uint8Array(MAX_LINE_BYTES + 10).fill(0x41)) }
);

/** A file: the format's first line, then valid rows and garbage lines in any order. */
function eventFile(first: fc.Arbitrary<Uint8Array>, row: fc.Arbitrary<Row>) {
	return fc
		.record({
			first,
			lines: fc.array(fc.oneof(row, garbageLine), { maxLength: 20 }),
			eol: fc.constantFrom('\n', '\r\n'),
			bom: fc.boolean()
		})
		.map(({ first, lines, eol, bom }) => {
			const parts: Uint8Array[] = [bom ? enc('\uFEFF') : new Uint8Array(), first];
			let kept = 0;
			for (const l of lines) {
				parts.push(enc(eol));
				if (l instanceof Uint8Array) parts.push(l);
				else {
					parts.push(enc(l.text));
					if (l.kept) kept++;
				}
			}
			const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
			let at = 0;
			for (const p of parts) bytes.set(p, (at += p.length) - p.length);
			return { bytes, kept };
		});
}

/** A GDELT file starts with a valid row (the format is told from it); it counts if it is a China-US one. */
const gdeltFile = gdeltRow.chain((first) =>
	eventFile(fc.constant(enc(first.text)), gdeltRow).map((f) => ({
		...f,
		kept: f.kept + (first.kept ? 1 : 0)
	}))
);
const icewsFile = eventFile(fc.constant(enc(ICEWS_HEADER.join('\t'))), icewsRow);

/** Anything a user may pick: random bytes, text, damaged event files. */
const anyBytes = fc.oneof(
	fc.uint8Array({ maxLength: 600 }),
	gdeltFile.map((f) => f.bytes),
	icewsFile.map((f) => f.bytes),
	fc.tuple(gdeltFile, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([f, at, junk]) => {
		const b = new Uint8Array(f.bytes);
		b.set(junk.subarray(0, Math.max(0, b.length - (at % (b.length || 1)))), at % (b.length || 1));
		return b;
	})
);

describe('GDELT 2.0 .CSV', () => {
	fuzz('any bytes end in a result or a located error', [anyBytes, chunkSize], (bytes, size) => {
		expectSettled(ingest(bytes, size), countLines(bytes));
	});

	fuzz('no China-US row is lost to an invalid neighbour', [gdeltFile, chunkSize], ({ bytes, kept }, size) => {
		const result = ingest(bytes, size);
		expect(result.ok, JSON.stringify(!result.ok && result.issue)).toBe(true);
		if (!result.ok) return;
		expect(result.format).toBe('gdelt');
		expect(result.rowsKept).toBe(kept);
		expectSettled(result, countLines(bytes));
	});
});

describe('ICEWS .tab', () => {
	fuzz('no China-US row is lost to an invalid neighbour', [icewsFile, chunkSize], ({ bytes, kept }, size) => {
		const result = ingest(bytes, size);
		expect(result.ok, JSON.stringify(!result.ok && result.issue)).toBe(true);
		if (!result.ok) return;
		expect(result.format).toBe('icews');
		expect(result.rowsKept).toBe(kept);
		expectSettled(result, countLines(bytes));
	});
});

describe('GDELT 2.0 .zip', () => {
	const zipped = fc
		.tuple(gdeltFile, fc.integer({ min: 0, max: 9 }), fc.boolean())
		.map(([file, level, second]) => {
			const entries: Record<string, [Uint8Array, { level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 }]> = {
				'20230101.export.CSV': [file.bytes, { level: level as 0 }]
			};
			if (second) entries['second.txt'] = [enc('not read'), { level: 6 }];
			return { zip: zipSync(entries), file };
		});

	fuzz(
		'a zipped export reads exactly as the same export unzipped',
		[zipped, chunkSize],
		({ zip, file }, size) => {
			const plain = ingest(file.bytes, 4096);
			const result = ingest(zip, size);
			expect(result.ok).toBe(true);
			if (!result.ok || !plain.ok) return;
			expect(result.zipped).toBe(true);
			expect([result.rowsRead, result.rowsKept, result.rowsOther, result.problemCount]).toEqual([
				plain.rowsRead,
				plain.rowsKept,
				plain.rowsOther,
				plain.problemCount
			]);
			expect(result.index).toEqual(plain.index);
		}
	);

	const damaged = fc
		.tuple(
			zipped,
			fc.constantFrom('truncate', 'flip', 'splice'),
			fc.nat(),
			fc.uint8Array({ minLength: 1, maxLength: 16 })
		)
		.map(([{ zip }, how, at, junk]) => {
			const i = at % zip.length;
			if (how === 'truncate') return zip.subarray(0, i);
			const b = new Uint8Array(zip);
			if (how === 'flip') b[i] ^= junk[0] || 1;
			else b.set(junk.subarray(0, b.length - i), i);
			return b;
		});

	fuzz('a damaged .zip ends in a result or a located error', [damaged, chunkSize], (bytes, size) => {
		expectSettled(ingest(bytes, size), Infinity);
	});
});

describe('streams stay bounded', () => {
	fuzz(
		'a long stream of one input repeated holds at most one line, and keeps at most MAX_PROBLEMS problems',
		[fc.oneof(anyBytes, garbageLine), fc.integer({ min: 50, max: 400 }), chunkSize],
		(bytes, times, size) => {
			const run = new EventIngest('fuzz');
			// More than the longest line a stream may hold, in about a hundred kilobytes.
			const repeat = Math.min(times, Math.ceil((1.25 * MAX_LINE_BYTES) / Math.max(1, bytes.length)));
			// A thousand chunks at most, so a case stays quick.
			const step = Math.max(size, Math.ceil((repeat * bytes.length) / 1000));
			for (let k = 0; k < repeat && run.reading; k++)
				for (const chunk of chunks(bytes, step)) {
					run.push(chunk);
					expect(run.held).toBeLessThanOrEqual(MAX_LINE_BYTES);
				}
			const result = run.finish();
			if (result.ok) expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
			else expect(isLocated(result.issue)).toBe(true);
		}
	);
});

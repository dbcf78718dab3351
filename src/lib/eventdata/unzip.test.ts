import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EventIngest } from './ingest.ts';
import { MAX_RATIO, ZipReader } from './unzip.ts';

/** Streams a zip through a reader with `limits`, 64 KB at a time; returns the error and what came out. */
function unzip(zip: Uint8Array, limits?: ConstructorParameters<typeof ZipReader>[1]) {
	let out = 0;
	const reader = new ZipReader((chunk) => (out += chunk.length), limits);
	let error: string | undefined;
	for (let i = 0; i < zip.length && !error; i += 65536) error = reader.push(zip.subarray(i, i + 65536));
	return { error: error ?? reader.end(), out };
}

describe('ZipReader limits', () => {
	// 16 MB of line breaks deflate about 1,000 times: a zip bomb's ratio.
	const bomb = zipSync({ 'bomb.CSV': [new Uint8Array(16 * 1024 * 1024).fill(10), { level: 9 }] });

	it('stops a zip bomb at the ratio limit, before inflating it all', () => {
		const { error, out } = unzip(bomb, {
			maxRatio: MAX_RATIO,
			ratioSlack: 4 * 1024 * 1024,
			maxInflated: 1e12
		});
		expect(error).toMatch(
			/^the \.zip inflates more than 200 times \(\d+ MB from \d+ KB\), which no event export does; it was stopped as a zip bomb$/
		);
		expect(out).toBeLessThan(16 * 1024 * 1024);
	});

	it('stops at the total limit whatever the ratio', () => {
		const { error } = unzip(bomb, { maxRatio: 1e6, ratioSlack: 0, maxInflated: 4 * 1024 * 1024 });
		expect(error).toBe('the .zip inflates to more than 4 MB; expected one event export (stopped there)');
	});

	it('lets an export that inflates like real data through', () => {
		const rows = Array.from(
			{ length: 20_000 },
			(_, i) => `${i}\t2023${i % 7}\tCHN\tUSA\t${(i * 7919) % 10007}`
		);
		const zip = zipSync({ 'g.CSV': [new TextEncoder().encode(rows.join('\n')), { level: 9 }] });
		expect(unzip(zip, { maxRatio: MAX_RATIO, ratioSlack: 0, maxInflated: 1e12 }).error).toBeUndefined();
	});

	it('the import reports the bomb as the file’s problem, located at line 1', () => {
		const ingest = new EventIngest('bomb.zip', {
			maxRatio: MAX_RATIO,
			ratioSlack: 1024 * 1024,
			maxInflated: 1e12
		});
		for (let i = 0; i < bomb.length && ingest.reading; i += 65536) ingest.push(bomb.subarray(i, i + 65536));
		const r = ingest.finish();
		expect(r).toMatchObject({
			ok: false,
			issue: { file: 'bomb.zip', line: 1, column: 1, expected: expect.stringMatching(/zip bomb$/) }
		});
	});

	it('reads only the first file and stops there, whatever follows', () => {
		const zip = zipSync({
			'a.CSV': [new TextEncoder().encode('one\n'), { level: 6 }],
			'b.bin': [new Uint8Array(1024 * 1024).map((_, i) => (i * 7919) & 255), { level: 0 }]
		});
		const { error, out } = unzip(zip.subarray(0, zip.length - 5000));
		expect(error).toBeUndefined();
		expect(out).toBe(4);
	});
});

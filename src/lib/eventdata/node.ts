/** The Node side of `npm run ingest`: reads files as streams through the same `EventIngest` as the browser. */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { ingestChunks, type IngestResult } from './ingest.ts';

/** Ingests one file from disk, 1 MB at a time. */
export async function ingestFile(
	path: string,
	onProgress?: (p: { bytesRead: number; rowsRead: number; rowsKept: number }) => void
): Promise<IngestResult> {
	const stream = createReadStream(path, { highWaterMark: 1 << 20 });
	async function* chunks() {
		for await (const chunk of stream) yield chunk as Uint8Array;
	}
	try {
		const result = await ingestChunks(basename(path), chunks(), { onProgress });
		if (result === 'cancelled') throw new Error('unreachable: no signal given');
		return result;
	} catch (e) {
		return {
			ok: false,
			file: basename(path),
			issue: {
				file: basename(path),
				line: 1,
				column: 1,
				expected: `the file cannot be read (${e instanceof Error ? e.message : String(e)})`
			}
		};
	} finally {
		stream.destroy();
	}
}

export { mergePacked, totalEvents } from './day-index.ts';
export { monthlyCsv, monthlyRows } from './bins.ts';
export { formatIssue } from '../data/validate.ts';
export { FORMAT_LABEL } from './formats.ts';

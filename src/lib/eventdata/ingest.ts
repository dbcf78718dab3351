/**
 * The streaming event-data import shared by the browser worker and `npm run ingest`: bytes in (chunk by
 * chunk, plain or zipped), a per-day index and located problems out. Never throws on bad input.
 */
import type { DataIssue } from '../data/validate.ts';
import { DayIndex, type PackedIndex } from './day-index.ts';
import { detectFormat, type EventFormat } from './formats.ts';
import { LineSplitter } from './lines.ts';
import { readGdeltRow, readIcewsRow } from './rows.ts';
import { ZipReader, type ZipLimits } from './unzip.ts';

/** Longest line we accept: GDELT rows are about 1 KB; a longer "line" is not event data. */
export const MAX_LINE_BYTES = 64 * 1024;
/** How many located problems are kept to show; the rest are only counted. */
export const MAX_PROBLEMS = 50;

export interface IngestProgress {
	bytesRead: number;
	rowsRead: number;
	rowsKept: number;
}

export interface IngestSummary extends IngestProgress {
	file: string;
	format: EventFormat;
	zipped: boolean;
	/** Rows of other countries' events, read and left out. */
	rowsOther: number;
	/** Rows skipped for a problem (first MAX_PROBLEMS kept in `problems`). */
	problemCount: number;
	problems: DataIssue[];
}

export type IngestResult =
	({ ok: true; index: PackedIndex } & IngestSummary) | { ok: false; file: string; issue: DataIssue };

const utf16 = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** Feeds a file's bytes through `push`, then `finish()` gives the result. */
export class EventIngest {
	private readonly index = new DayIndex();
	private readonly splitter: LineSplitter;
	private readonly problems: DataIssue[] = [];
	private zip: ZipReader | undefined;
	private started = false;
	/** The first bytes, held until there are four to tell a zip by. */
	private pending = new Uint8Array(0);
	private format: EventFormat | undefined;
	private fatal: DataIssue | undefined;
	private problemCount = 0;
	/** The first two bytes of the text, for the UTF-16 check. */
	private head: number[] = [];
	private rowsOther = 0;
	readonly progress: IngestProgress = { bytesRead: 0, rowsRead: 0, rowsKept: 0 };

	/** `zipLimits` change the zip bomb limits (tests use small ones). */
	constructor(
		private readonly file: string,
		private readonly zipLimits?: ZipLimits
	) {
		this.splitter = new LineSplitter(
			(buf, start, end, line) => this.line(buf, start, end, line),
			(line, bytes) =>
				this.format === undefined
					? this.reject(
							line,
							`the first line is ${bytes.toLocaleString('en-US')} bytes long; expected a GDELT 2.0 or ICEWS row of about 1 KB`
						)
					: this.problem({
							line,
							column: 1,
							value: `${bytes.toLocaleString('en-US')} bytes`,
							expected: `expected a line of at most ${MAX_LINE_BYTES / 1024} KB (event rows are about 1 KB); the line was skipped`
						}),
			MAX_LINE_BYTES
		);
	}

	/** False once the file has been rejected: stop reading. */
	get reading(): boolean {
		return this.fatal === undefined;
	}

	/** Bytes held between chunks: at most one line of MAX_LINE_BYTES, whatever the file. */
	get held(): number {
		return this.splitter.held;
	}

	/** The format, once the first line has been read. */
	get detected(): EventFormat | undefined {
		return this.format;
	}

	/** Stops with an error from outside (a read failure). */
	fail(expected: string): void {
		this.reject(this.splitter.line + 1, expected);
	}

	push(chunk: Uint8Array): void {
		if (this.fatal || chunk.length === 0) return;
		this.progress.bytesRead += chunk.length;
		if (!this.started) {
			// A zip is told by its first four bytes, which may come in more than one chunk.
			const first = new Uint8Array(this.pending.length + chunk.length);
			first.set(this.pending);
			first.set(chunk, this.pending.length);
			if (first.length < 4) {
				this.pending = first;
				return;
			}
			this.start(first);
			chunk = first;
		}
		this.feed(chunk);
	}

	private start(first: Uint8Array): void {
		this.started = true;
		this.pending = new Uint8Array(0);
		if (first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04)
			this.zip = new ZipReader((data) => this.text(data), this.zipLimits);
	}

	private feed(chunk: Uint8Array): void {
		if (this.zip) {
			const error = this.zip.push(chunk);
			if (error) this.reject(1, error);
		} else this.text(chunk);
	}

	finish(): IngestResult {
		if (!this.fatal && !this.started && this.pending.length > 0) {
			const rest = this.pending;
			this.start(rest);
			this.feed(rest);
		}
		if (!this.fatal) {
			if (this.zip) {
				const error = this.zip.end();
				if (error) this.reject(1, error);
			}
			this.splitter.end();
			if (!this.fatal && this.progress.bytesRead === 0)
				this.reject(1, 'the file is empty; expected event rows');
			else if (!this.fatal && !this.format) this.reject(1, 'the file has no rows; expected event rows');
		}
		if (this.fatal) return { ok: false, file: this.file, issue: this.fatal };
		return {
			ok: true,
			index: this.index.pack(),
			file: this.file,
			format: this.format!,
			zipped: this.zip !== undefined,
			...this.progress,
			rowsOther: this.rowsOther,
			problemCount: this.problemCount,
			problems: this.problems
		};
	}

	private text(chunk: Uint8Array): void {
		if (this.fatal) return;
		// Both checks look at the same bytes however the file is cut into chunks: the first two bytes of the
		// text, and the first line (a NUL on a later line is that row's problem).
		if (this.head.length < 2) {
			this.head = [...this.head, ...chunk.subarray(0, 2 - this.head.length)];
			if (this.head.length === 2 && utf16(Uint8Array.from(this.head)))
				return this.reject(1, 'the file is UTF-16 text; expected UTF-8 (save it as UTF-8)');
		}
		if (this.splitter.line === 0 && !this.format) {
			const nl = chunk.indexOf(10);
			if (chunk.subarray(0, nl === -1 ? chunk.length : nl).includes(0))
				return this.reject(
					1,
					'the file is binary (it contains NUL bytes); expected tab-separated text or a .zip of it'
				);
		}
		this.splitter.push(chunk);
	}

	private line(buf: Uint8Array, start: number, end: number, line: number): void {
		if (this.fatal) return;
		if (!this.format) {
			if (end === start) return;
			const first = new TextDecoder().decode(buf.subarray(start, Math.min(end, start + 4096)));
			const detected = detectFormat(first);
			if (!detected.ok) return this.reject(line, detected.expected);
			this.format = detected.format;
			if (this.format === 'icews') return;
		}
		if (end === start) return;
		this.progress.rowsRead++;
		const row = this.format === 'gdelt' ? readGdeltRow(buf, start, end) : readIcewsRow(buf, start, end);
		if (row === 'other') this.rowsOther++;
		else if ('day' in row) {
			this.index.add(row.day, row.track, row.quad);
			this.progress.rowsKept++;
		} else this.problem({ line, ...row });
	}

	private problem(p: Omit<DataIssue, 'file'>): void {
		this.problemCount++;
		if (this.problems.length < MAX_PROBLEMS) this.problems.push({ file: this.file, ...p });
	}

	private reject(line: number, expected: string): void {
		this.fatal ??= { file: this.file, line, column: 1, expected };
	}
}

/** Runs a whole stream of chunks; checks `signal` between chunks and reports progress after each. */
export async function ingestChunks(
	file: string,
	chunks: AsyncIterable<Uint8Array>,
	{ signal, onProgress }: { signal?: AbortSignal; onProgress?: (p: IngestProgress) => void } = {}
): Promise<IngestResult | 'cancelled'> {
	const ingest = new EventIngest(file);
	for await (const chunk of chunks) {
		if (signal?.aborted) return 'cancelled';
		ingest.push(chunk);
		onProgress?.({ ...ingest.progress });
		if (!ingest.reading) break;
	}
	if (signal?.aborted) return 'cancelled';
	return ingest.finish();
}

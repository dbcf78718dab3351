/**
 * Splits a stream of bytes into lines without ever holding more than one line (of at most `maxLine` bytes)
 * besides the current chunk, so memory stays bounded whatever the file size.
 */

/** Called for each line: the bytes are `buf[start..end)`, without the line break; `line` is 1-based. */
export type OnLine = (buf: Uint8Array, start: number, end: number, line: number) => void;

/** Called once for a line longer than `maxLine`; the line is skipped. */
export type OnOverlong = (line: number, bytes: number) => void;

export class LineSplitter {
	private carry: Uint8Array | null = null;
	private skipping = false;
	private skipped = 0;
	/** Lines seen so far (including skipped ones). */
	line = 0;

	constructor(
		private readonly onLine: OnLine,
		private readonly onOverlong: OnOverlong,
		private readonly maxLine = 1 << 20
	) {}

	/** Feeds the next chunk of the file. */
	push(chunk: Uint8Array): void {
		let from = 0;
		for (;;) {
			const nl = chunk.indexOf(10, from);
			if (nl === -1) {
				this.keep(chunk, from);
				return;
			}
			this.finish(chunk, from, nl);
			from = nl + 1;
		}
	}

	/** Flushes the last line (a file need not end with a line break). */
	end(): void {
		if (this.skipping) {
			this.line++;
			this.onOverlong(this.line, this.skipped);
		} else if (this.carry && this.carry.length > 0) {
			this.emit(this.carry, 0, this.carry.length);
		}
		this.carry = null;
		this.skipping = false;
	}

	private keep(chunk: Uint8Array, from: number): void {
		const rest = chunk.length - from;
		if (rest === 0) return;
		if (this.skipping) {
			this.skipped += rest;
			return;
		}
		const have = this.carry?.length ?? 0;
		if (have + rest > this.maxLine) {
			this.skipping = true;
			this.skipped = have + rest;
			this.carry = null;
			return;
		}
		const next = new Uint8Array(have + rest);
		if (this.carry) next.set(this.carry);
		next.set(chunk.subarray(from), have);
		this.carry = next;
	}

	private finish(chunk: Uint8Array, from: number, nl: number): void {
		if (this.skipping) {
			this.line++;
			this.onOverlong(this.line, this.skipped + nl - from);
			this.skipping = false;
			this.skipped = 0;
			return;
		}
		if (this.carry) {
			const joined = new Uint8Array(this.carry.length + nl - from);
			joined.set(this.carry);
			joined.set(chunk.subarray(from, nl), this.carry.length);
			this.carry = null;
			if (joined.length > this.maxLine) {
				this.line++;
				this.onOverlong(this.line, joined.length);
				return;
			}
			this.emit(joined, 0, joined.length);
			return;
		}
		this.emit(chunk, from, nl);
	}

	private emit(buf: Uint8Array, start: number, end: number): void {
		this.line++;
		const stop = end > start && buf[end - 1] === 13 ? end - 1 : end;
		this.onLine(buf, start, stop, this.line);
	}
}

/**
 * Splits a stream of bytes into lines without ever holding more than one line (of at most `maxLine` bytes)
 * besides the current chunk, so memory stays bounded whatever the file size.
 */

/** Called for each line: the bytes are `buf[start..end)`, without the line break; `line` is 1-based. */
export type OnLine = (buf: Uint8Array, start: number, end: number, line: number) => void;

/** Called once for a line longer than `maxLine`; the line is skipped. */
export type OnOverlong = (line: number, bytes: number) => void;

export class LineSplitter {
	/** The start of the open line, in the pieces it came in (copied once, when the line ends). */
	private carry: Uint8Array[] = [];
	private carried = 0;
	private skipping = false;
	private skipped = 0;
	/** Lines seen so far (including skipped ones). */
	line = 0;

	constructor(
		private readonly onLine: OnLine,
		private readonly onOverlong: OnOverlong,
		private readonly maxLine = 1 << 20
	) {}

	/** Bytes held between chunks (the start of a line still open): never more than `maxLine`. */
	get held(): number {
		return this.carried;
	}

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
		} else if (this.carried > 0) {
			const line = this.joined();
			this.emit(line, 0, line.length);
		}
		this.carry = [];
		this.carried = 0;
		this.skipping = false;
	}

	private keep(chunk: Uint8Array, from: number): void {
		const rest = chunk.length - from;
		if (rest === 0) return;
		if (this.skipping) {
			this.skipped += rest;
			return;
		}
		if (this.carried + rest > this.maxLine) {
			this.skipping = true;
			this.skipped = this.carried + rest;
			this.carry = [];
			this.carried = 0;
			return;
		}
		// A copy: the caller may reuse the chunk's buffer.
		this.carry.push(chunk.slice(from));
		this.carried += rest;
	}

	/** The carried pieces and `tail` as one line. */
	private joined(tail?: Uint8Array): Uint8Array {
		const line = new Uint8Array(this.carried + (tail?.length ?? 0));
		let at = 0;
		for (const piece of [...this.carry, ...(tail ? [tail] : [])]) {
			line.set(piece, at);
			at += piece.length;
		}
		this.carry = [];
		this.carried = 0;
		return line;
	}

	private finish(chunk: Uint8Array, from: number, nl: number): void {
		if (this.skipping) {
			this.line++;
			this.onOverlong(this.line, this.skipped + nl - from);
			this.skipping = false;
			this.skipped = 0;
			return;
		}
		if (this.carried > 0) {
			const joined = this.joined(chunk.subarray(from, nl));
			if (joined.length > this.maxLine) {
				this.line++;
				this.onOverlong(this.line, joined.length);
				return;
			}
			this.emit(joined, 0, joined.length);
			return;
		}
		// A line longer than maxLine that came whole inside one chunk is just as overlong.
		if (nl - from > this.maxLine) {
			this.line++;
			this.onOverlong(this.line, nl - from);
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

/**
 * Turns an imported file's bytes into text, or one clear message when it cannot be a dataset CSV: empty,
 * too large, binary, UTF-16 or not UTF-8 (located at the first bad byte).
 */
import type { DataIssue } from '$lib/data/validate';

/** The largest dataset CSV accepted: the shipped files are a few KB; event data goes through its own path. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export type FileText = { ok: true; text: string } | { ok: false; issue: DataIssue };

const at = (file: string, line: number, column: number, expected: string): FileText => ({
	ok: false,
	issue: { file, line, column, expected }
});

/** A dataset CSV over MAX_CSV_BYTES, as a located issue (checked on the file's size, before reading it). */
export const tooLargeIssue = (file: string, size: number): DataIssue => ({
	file,
	line: 1,
	column: 1,
	expected: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; expected at most ${MAX_CSV_BYTES / 1024 / 1024} MB for a dataset CSV (GDELT and ICEWS files may be up to 2 GB)`
});

/** Decodes `bytes` as UTF-8 text after the checks above. */
export function fileText(file: string, bytes: Uint8Array): FileText {
	if (bytes.length === 0) return at(file, 1, 1, 'the file is empty; expected a header row and data rows');
	if (bytes.length > MAX_CSV_BYTES) return { ok: false, issue: tooLargeIssue(file, bytes.length) };
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return at(file, 1, 1, 'the file is UTF-16 text; expected UTF-8 (in a spreadsheet: save as "CSV UTF-8")');
	const nul = bytes.indexOf(0);
	if (nul !== -1)
		return locate(file, bytes, nul, 'the file is binary (it contains NUL bytes); expected CSV text');
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return locate(
			file,
			bytes,
			firstInvalidUtf8(bytes),
			'expected UTF-8 text (in a spreadsheet: save as "CSV UTF-8")'
		);
	}
}

/** Line and byte column of `offset`, for a message. */
function locate(file: string, bytes: Uint8Array, offset: number, expected: string): FileText {
	let line = 1;
	let start = 0;
	for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
		line++;
		start = i + 1;
	}
	return at(file, line, offset - start + 1, expected);
}

/** Offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const n =
			b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
		i += n + 1;
	}
	return bytes.length;
}

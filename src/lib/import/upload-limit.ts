/**
 * The largest file the import reads: 2 GB, what browsers reliably stream from a file input (larger files
 * fail part way, or not at all, depending on the browser). A larger file is refused before any of it is
 * read, with the limit named.
 */
import { formatNumber, m } from '$lib/i18n';

export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

// Two decimals, so a file just over the limit does not read as "2 GB" too.
const gb = (bytes: number) => `${formatNumber(bytes / 1024 ** 3, undefined, 2)} GB`;

/** Why `file` is not read, or undefined when it may be. */
export function uploadRefusal(file: { name: string; size: number }): string | undefined {
	if (file.size <= MAX_UPLOAD_BYTES) return undefined;
	return m.import_too_large({ file: file.name, size: gb(file.size), limit: gb(MAX_UPLOAD_BYTES) });
}

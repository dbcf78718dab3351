/**
 * Streams the first file out of a .zip (GDELT publishes each export as one zipped CSV) as it arrives,
 * without holding the archive or the whole inflated file in memory.
 *
 * A zip bomb (a small archive that inflates to gigabytes) is stopped by two limits: the file may inflate
 * to at most MAX_RATIO times the compressed bytes read so far (plus RATIO_SLACK, so that small, very
 * regular files pass), and to MAX_INFLATED_BYTES in all. Event exports inflate 5 to 10 times; deflate can
 * reach about 1,000.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export const MAX_RATIO = 200;
export const RATIO_SLACK = 64 * 1024 * 1024;
export const MAX_INFLATED_BYTES = 32 * 1024 ** 3;

export interface ZipLimits {
	maxRatio: number;
	ratioSlack: number;
	maxInflated: number;
}

const DEFAULT_LIMITS: ZipLimits = {
	maxRatio: MAX_RATIO,
	ratioSlack: RATIO_SLACK,
	maxInflated: MAX_INFLATED_BYTES
};

/** "17 KB", "5 MB", "32 GB". */
function size(bytes: number): string {
	const [unit, per] =
		bytes >= 1024 ** 3 ? ['GB', 1024 ** 3] : bytes >= 1024 ** 2 ? ['MB', 1024 ** 2] : ['KB', 1024];
	return `${Math.max(1, Math.round(bytes / (per as number))).toLocaleString('en-US')} ${unit}`;
}

export class ZipReader {
	private readonly unzip = new Unzip();
	private current: UnzipFile | undefined;
	private error: string | undefined;
	private done = false;
	private compressed = 0;
	private inflated = 0;

	constructor(
		onData: (chunk: Uint8Array) => void,
		private readonly limits: ZipLimits = DEFAULT_LIMITS
	) {
		this.unzip.register(UnzipInflate);
		this.unzip.onfile = (file) => {
			// Only the first entry: a GDELT zip holds exactly one .CSV.
			if (this.current) return;
			this.current = file;
			file.ondata = (err, data, final) => {
				if (this.error) return;
				if (err)
					this.error = `the .zip could not be inflated (${err.message}); expected a GDELT .zip as downloaded`;
				else if (data.length > 0) {
					this.inflated += data.length;
					this.error = this.overLimit();
					if (!this.error) onData(data);
				}
				if (final) this.done = true;
				if (this.error) file.terminate();
			};
			try {
				file.start();
			} catch (e) {
				this.error = `the .zip entry "${file.name}" cannot be read (${e instanceof Error ? e.message : String(e)})`;
			}
		};
	}

	/** Why the inflated size is past a limit, if it is. */
	private overLimit(): string | undefined {
		const { maxRatio, ratioSlack, maxInflated } = this.limits;
		if (this.inflated > maxInflated)
			return `the .zip inflates to more than ${size(maxInflated)}; expected one event export (stopped there)`;
		if (this.inflated > maxRatio * this.compressed + ratioSlack)
			return `the .zip inflates more than ${maxRatio} times (${size(this.inflated)} from ${size(this.compressed)}), which no event export does; it was stopped as a zip bomb`;
		return undefined;
	}

	/** Feeds compressed bytes; returns an error message once the archive is unreadable. */
	push(chunk: Uint8Array): string | undefined {
		// Once the first file is out, the rest of the archive (other entries, the directory) is not needed:
		// reading on would only buffer entries nobody starts.
		if (this.error || this.done) return this.error;
		this.compressed += chunk.length;
		try {
			this.unzip.push(chunk, false);
		} catch (e) {
			this.error ??= `the .zip is not readable (${e instanceof Error ? e.message : String(e)})`;
		}
		return this.error;
	}

	end(): string | undefined {
		if (this.error) return this.error;
		if (!this.done) {
			try {
				this.unzip.push(new Uint8Array(0), true);
			} catch (e) {
				this.error = `the .zip is not readable (${e instanceof Error ? e.message : String(e)})`;
			}
		}
		if (!this.error && !this.current) this.error = 'the .zip holds no file; expected one GDELT export inside';
		else if (!this.error && !this.done)
			this.error = 'the .zip is truncated (its file ends early); download it again';
		return this.error;
	}
}

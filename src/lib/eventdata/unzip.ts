/**
 * Streams the first file out of a .zip (GDELT publishes each export as one zipped CSV) as it arrives,
 * without holding the archive or the whole inflated file in memory.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export class ZipReader {
	private readonly unzip = new Unzip();
	private current: UnzipFile | undefined;
	private error: string | undefined;
	private done = false;

	constructor(onData: (chunk: Uint8Array) => void) {
		this.unzip.register(UnzipInflate);
		this.unzip.onfile = (file) => {
			// Only the first entry: a GDELT zip holds exactly one .CSV.
			if (this.current) return;
			this.current = file;
			file.ondata = (err, data, final) => {
				if (err)
					this.error = `the .zip could not be inflated (${err.message}); expected a GDELT .zip as downloaded`;
				else if (data.length > 0) onData(data);
				if (final) this.done = true;
			};
			try {
				file.start();
			} catch (e) {
				this.error = `the .zip entry "${file.name}" cannot be read (${e instanceof Error ? e.message : String(e)})`;
			}
		};
	}

	/** Feeds compressed bytes; returns an error message once the archive is unreadable. */
	push(chunk: Uint8Array): string | undefined {
		if (this.error) return this.error;
		try {
			this.unzip.push(chunk, false);
		} catch (e) {
			this.error = `the .zip is not readable (${e instanceof Error ? e.message : String(e)})`;
		}
		return this.error;
	}

	end(): string | undefined {
		if (this.error) return this.error;
		try {
			this.unzip.push(new Uint8Array(0), true);
		} catch (e) {
			this.error = `the .zip is not readable (${e instanceof Error ? e.message : String(e)})`;
		}
		if (!this.error && !this.current) this.error = 'the .zip holds no file; expected one GDELT export inside';
		else if (!this.error && !this.done)
			this.error = 'the .zip is truncated (its file ends early); download it again';
		return this.error;
	}
}

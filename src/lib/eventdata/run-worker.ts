/** Starts the ingest worker on a File; `cancel()` stops it at once. */
import type { IngestProgress, IngestResult } from './ingest';
import type { WorkerMessage } from './ingest.worker';

export interface RunningIngest {
	done: Promise<IngestResult | 'cancelled'>;
	cancel(): void;
}

export function startIngest(
	file: File,
	onProgress: (p: IngestProgress & { format?: string }) => void
): RunningIngest {
	const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
	let settle: (r: IngestResult | 'cancelled') => void = () => {};
	const done = new Promise<IngestResult | 'cancelled'>((resolve) => (settle = resolve));
	worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
		const message = event.data;
		if (message.type === 'progress') onProgress(message);
		else {
			worker.terminate();
			settle(message.result);
		}
	};
	worker.onerror = (event) => {
		worker.terminate();
		settle({
			ok: false,
			file: file.name,
			issue: {
				file: file.name,
				line: 1,
				column: 1,
				expected: `the import stopped (${event.message || 'worker error'})`
			}
		});
	};
	worker.postMessage({ file });
	return {
		done,
		cancel() {
			worker.terminate();
			settle('cancelled');
		}
	};
}

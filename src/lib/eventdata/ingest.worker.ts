/// <reference lib="webworker" />
/**
 * Parses an event-data file off the main thread: reads `file.stream()` chunk by chunk through `EventIngest`,
 * posts progress about ten times a second, and the per-day index at the end (transferred, not copied).
 * Cancelling is terminating the worker.
 */
import { EventIngest } from './ingest.ts';

export type WorkerMessage =
	| { type: 'progress'; bytesRead: number; rowsRead: number; rowsKept: number; format?: string }
	| { type: 'done'; result: ReturnType<EventIngest['finish']> };

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<{ file: File }>) => {
	const { file } = event.data;
	const ingest = new EventIngest(file.name);
	try {
		const reader = file.stream().getReader();
		let last = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			ingest.push(value);
			if (!ingest.reading) break;
			const now = performance.now();
			if (now - last > 100) {
				last = now;
				post({ type: 'progress', ...ingest.progress, format: ingest.detected });
			}
		}
		post({ type: 'progress', ...ingest.progress, format: ingest.detected });
	} catch (e) {
		ingest.fail(`the file could not be read (${e instanceof Error ? e.message : String(e)})`);
	}
	const result = ingest.finish();
	post({ type: 'done', result }, result.ok ? [result.index.days.buffer, result.index.counts.buffer] : []);
};

/**
 * The data the pages show once imports exist: null (the shipped data from the page) until the browser's
 * IndexedDB holds an import. Small on purpose: the validation code loads only when there is something to apply.
 */
import type { DataBundle } from '$lib/data/load';
import type { ActiveState } from './load-active';
import type { AsideRecord, StoredDataset, StoredEvents } from './store';

class ActiveData {
	/** Shipped data with the imports applied, or null when nothing is imported. */
	bundle: DataBundle | null = $state(null);
	datasets: StoredDataset[] = $state([]);
	events: StoredEvents[] = $state([]);
	aside: AsideRecord[] = $state([]);
	/** The latest record date of `bundle`: what the Figures' "Data as of" line says while imports are shown. */
	latest: string | undefined = $state();
	/** Why the stored imports could not be read at all (the error's own text; the UI words the message). */
	error: string | undefined = $state();
	private started = false;

	/** True when anything imported is shown. */
	get imported(): boolean {
		return this.bundle !== null || this.events.length > 0;
	}

	/** Reads the stored imports once per page load (none where the browser keeps nothing). */
	init(): void {
		if (this.started || typeof indexedDB === 'undefined' || indexedDB === null) return;
		this.started = true;
		void (async () => {
			try {
				const { countAll } = await import('./store');
				if ((await countAll()) > 0) await this.refresh();
			} catch (e) {
				this.error = e instanceof Error ? e.message : String(e);
			}
		})();
	}

	async refresh(): Promise<void> {
		try {
			const { loadActive } = await import('./load-active');
			this.set(await loadActive());
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	set(state: ActiveState): void {
		this.bundle = state.bundle;
		this.datasets = state.datasets;
		this.events = state.events;
		this.aside = state.aside;
		this.latest = state.latest;
		this.error = state.error;
	}

	/** Reset to shipped data (when the browser refuses to forget the stored imports, `error` says so). */
	async reset(): Promise<void> {
		const { clearImports } = await import('./store');
		try {
			await clearImports();
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
		this.bundle = null;
		this.latest = undefined;
		this.datasets = [];
		this.events = [];
	}
}

export const active = new ActiveData();

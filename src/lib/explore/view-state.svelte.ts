/**
 * The view state of the page in the browser, read from the URL and written back to it. Pages are
 * prerendered with the default view, so the URL is read only once the page has hydrated (until then the
 * state is the default, as in the HTML). Every change is a navigation to the same page with another query,
 * which pushes a history entry: back and forward step through changes, and a copied link restores the view.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState, type ViewState } from './view-state';

// Set by an effect, not derived: it must stay false through server rendering and hydration.
// eslint-disable-next-line svelte/prefer-writable-derived
let hydrated = $state(false);

export const explore = {
	/** The view state the URL describes, or the default before hydration. */
	get state(): ViewState {
		return hydrated ? decodeViewState(page.url.searchParams) : DEFAULT_VIEW_STATE;
	},
	/** True once the URL has been read: controls that need JavaScript show from then on. */
	get ready(): boolean {
		return hydrated;
	},
	/**
	 * Changes some controls. `replace` rewrites the current history entry instead of adding one: for the
	 * keystrokes after the first of one search, so a whole search is one step back.
	 */
	set(patch: Partial<ViewState>, { replace = false }: { replace?: boolean } = {}): Promise<void> {
		const query = encodeViewState({ ...explore.state, ...patch }).toString();
		if ((query ? `?${query}` : '') === page.url.search) return Promise.resolve();
		// The current page's own path (base included), so there is nothing for resolve() to add.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		return goto(`${page.url.pathname}${query ? `?${query}` : ''}`, {
			keepFocus: true,
			noScroll: true,
			replaceState: replace
		});
	}
};

/** Call from a component's script: the state is read from the URL once it has hydrated. */
export function readViewStateAfterHydration(): void {
	$effect(() => {
		hydrated = true;
	});
}

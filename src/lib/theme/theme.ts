/** The reader's theme choice: the system's, or light or dark, kept in localStorage. */

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'us-china-channels:theme';

/** The stored choice; anything unreadable counts as "system". */
export function readTheme(storage: Pick<Storage, 'getItem'> | undefined): Theme {
	try {
		const value = storage?.getItem(KEY);
		return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
	} catch {
		return 'system';
	}
}

export function saveTheme(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, theme: Theme) {
	try {
		if (theme === 'system') storage?.removeItem(KEY);
		else storage?.setItem(KEY, theme);
	} catch {
		// Private mode or storage full: the choice holds for this page only.
	}
}

/** The next choice when the toggle is pressed. */
export const nextTheme = (t: Theme): Theme => THEMES[(THEMES.indexOf(t) + 1) % THEMES.length];

/** Applies a choice to the document: "system" leaves it to prefers-color-scheme. */
export function applyTheme(root: HTMLElement, theme: Theme) {
	if (theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = theme;
}

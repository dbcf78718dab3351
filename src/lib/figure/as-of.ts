/**
 * The "as of" line every Figure, export and slide carries: "Data as of 15 May 2026 · built 4 Dec 2026"
 * ("数据截至2026年5月15日 · 构建于2026年12月4日"), saying so when imported data moved the date.
 * Figures read the as-of date of the data being shown from the context the root layout sets (or the
 * export command, or a handout, sets); a Figure drawing data of its own (an event-data import) passes its own.
 */
import { getContext, setContext } from 'svelte';
import type { AsOf } from '$lib/data/as-of';
import { m } from '$lib/i18n';
import { formatDay, formatIsoDate, isoDay, toDate } from '$lib/transforms/dates';

const KEY = Symbol('data-as-of');

/** Sets the as-of date the Figures below read; `get` is called on each read, so it can follow imports. */
export function setDataAsOf(get: () => AsOf | undefined) {
	setContext(KEY, get);
}

/**
 * Reads the as-of date set above: call during a component's set-up, then call the result where the
 * date is used (in a $derived, so it follows imports). Reads undefined where none was set.
 */
export function useDataAsOf(): () => AsOf | undefined {
	return (getContext(KEY) as (() => AsOf | undefined) | undefined) ?? (() => undefined);
}

/** The context map to render or mount a Figure with `asOf` outside a page (export command, handouts). */
export function asOfContext(asOf: AsOf): Map<unknown, unknown> {
	return new Map([[KEY, () => asOf]]);
}

/** "Data as of 15 May 2026" (with "including imported data" when imports are applied). */
export function dataAsOfText(asOf: AsOf): string {
	if (!asOf.data) return m.figure_as_of_none();
	const date = formatIsoDate(asOf.data);
	return asOf.imported ? m.figure_as_of_imported({ date }) : m.figure_as_of({ date });
}

/**
 * The whole line: the data's date, the build date, and (exports) the day of export when it differs from
 * the build day, e.g. "Data as of 15 May 2026 · built 4 Dec 2026 · exported 6 Dec 2026".
 */
export function asOfLine(asOf: AsOf, exportedOn?: Date): string {
	const parts = [dataAsOfText(asOf), m.figure_built({ date: formatDay(toDate(asOf.built)) })];
	if (exportedOn && isoDay(exportedOn) !== asOf.built)
		parts.push(m.figure_exported({ date: formatDay(exportedOn) }));
	return parts.join(m.figure_as_of_separator());
}

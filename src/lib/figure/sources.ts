import type { Source } from '$lib/data/schemas/sources';
import { m } from '$lib/i18n';
import { formatIsoDate } from '$lib/transforms/dates';

/** The sources behind a set of drawn records, in first-use order, each once. */
export function sourcesOf(records: { source_id: string }[], sources: Source[]): Source[] {
	const byId = new Map(sources.map((s) => [s.id, s]));
	const ids = [...new Set(records.map((r) => r.source_id))];
	return ids.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined);
}

/**
 * "Xinhua, 9 Feb 2018" or "Liye Hong, E-International Relations, Nov 2023" or the title when there is no
 * publisher; in Chinese "Xinhua，2018年2月9日" (names and titles stay as published).
 */
export function citeSource(s: Source): string {
	const sep = m.figure_cite_separator();
	const who = [s.author, s.publisher].filter(Boolean).join(sep) || s.title;
	return s.date ? `${who}${sep}${formatIsoDate(s.date)}` : who;
}

/** A function citing a source by id ("Xinhua, 9 Feb 2018"), or giving the id back when it is unknown. */
export function citeById(sources: Source[]): (id: string) => string {
	const byId = new Map(sources.map((s) => [s.id, s]));
	return (id) => {
		const s = byId.get(id);
		return s ? citeSource(s) : id;
	};
}

/** One source line for a Figure footer: "Xinhua, 9 Feb 2018; TIME, 4 Sep 1978". */
export function sourceLine(sources: Source[]): string {
	return sources.map(citeSource).join(m.figure_list_separator());
}

/** What the source line starts with, its spacing included: "Source: ", "Sources: ", "来源：". */
export function sourcesLabel(sources: Source[]): string {
	return m.figure_sources_label({ count: Math.max(1, sources.length) });
}

import type { CitedSource } from '$lib/data/schemas/sources';
import { m } from '$lib/i18n';
import { formatIsoDate } from '$lib/transforms/dates';

/** The sources behind a set of drawn records, in first-use order, each once. */
export function sourcesOf<S extends CitedSource>(records: { source_id: string }[], sources: S[]): S[] {
	const byId = new Map(sources.map((s) => [s.id, s]));
	const ids = [...new Set(records.map((r) => r.source_id))];
	return ids.map((id) => byId.get(id)).filter((s): s is S => s !== undefined);
}

/**
 * Who published a source's page: "Xinhua", or for a mirror or aggregator "via Strategic Study India, text of
 * E-International Relations" (in Chinese "E-International Relations原文，经Strategic Study India转载").
 */
export function publisherOf(s: CitedSource): string {
	if (s.original && (s.publisher_kind === 'mirror' || s.publisher_kind === 'aggregator'))
		return m.figure_cite_via({ mirror: s.publisher, original: s.original });
	return s.publisher;
}

/**
 * "Xinhua, 9 Feb 2018", "Liye Hong, via Strategic Study India, text of E-International Relations, 7 Nov 2023",
 * or the title when there is no publisher; in Chinese "Xinhua，2018年2月9日" (names and titles as published).
 */
export function citeSource(s: CitedSource): string {
	const sep = m.figure_cite_separator();
	const who = [s.author, publisherOf(s)].filter(Boolean).join(sep) || s.title;
	return s.date ? `${who}${sep}${formatIsoDate(s.date)}` : who;
}

/** A function citing a source by id ("Xinhua, 9 Feb 2018"), or giving the id back when it is unknown. */
export function citeById(sources: CitedSource[]): (id: string) => string {
	const byId = new Map(sources.map((s) => [s.id, s]));
	return (id) => {
		const s = byId.get(id);
		return s ? citeSource(s) : id;
	};
}

/** One source line for a Figure footer: "Xinhua, 9 Feb 2018; TIME, 4 Sep 1978". */
export function sourceLine(sources: CitedSource[]): string {
	return sources.map(citeSource).join(m.figure_list_separator());
}

/** What the source line starts with, its spacing included: "Source: ", "Sources: ", "来源：". */
export function sourcesLabel(sources: CitedSource[]): string {
	return m.figure_sources_label({ count: Math.max(1, sources.length) });
}

/**
 * What the exploring controls keep of the datasets: pure functions from records and a view state to the
 * records shown, the time window drawn, and the note a filtered Figure carries. Pages, briefing slides and
 * embeds all go through these, so a view looks the same wherever its state is restored.
 */
import type { Confidence } from '$lib/data/fields';
import type { EngagementEvent } from '$lib/data/schemas/engagement-events';
import { toDate } from '$lib/transforms/dates';
import { m } from '$lib/i18n';
import { valueWord, type FilterKey } from './labels';
import { passes, type ViewState } from './view-state';

/** Text as compared by the search: NFKC (full-width letters and digits become plain ones), lower case. */
export function searchText(s: string): string {
	return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** matchesSearch() is true when every word of `q` is in the event's title (either language), actors, note or the article's version. */
export function matchesSearch(e: EngagementEvent, q: string): boolean {
	const words = searchText(q).split(' ').filter(Boolean);
	if (words.length === 0) return true;
	const hay = searchText(
		[e.title, e.title_zh, e.actors, e.note, e.article_version].filter(Boolean).join(' ')
	);
	return words.every((w) => hay.includes(w));
}

/** filterEvents() keeps the events of the chosen tracks, confidence levels and actor types that match the search. */
export function filterEvents(events: EngagementEvent[], state: ViewState): EngagementEvent[] {
	return events.filter(
		(e) =>
			passes(state.track, e.track) &&
			passes(state.confidence, e.confidence) &&
			passes(state.actor, e.actor_type) &&
			matchesSearch(e, state.q)
	);
}

/** The dated records a confidence filter also applies to (rule events, claims). */
export function keepConfidence<T extends { confidence: Confidence }>(rows: T[], state: ViewState): T[] {
	return rows.filter((r) => passes(state.confidence, r.confidence));
}

/** The span a time chart draws: the view's window (its last day included) where set, else the chart's own. */
export function windowDomain(state: ViewState, fallback: [Date, Date]): [Date, Date] {
	const from = state.from ? toDate(state.from) : fallback[0];
	const to = state.to ? new Date(toDate(state.to).getTime() + 864e5) : fallback[1];
	return from < to ? [from, to] : fallback;
}

/** Which filters of the view are on, in words ("civil track only", "search “Gates”"), in the page's language. */
export function describeFilters(state: ViewState, keys: readonly (keyof ViewState)[]): string[] {
	const parts: string[] = [];
	for (const key of keys) {
		if (key === 'q') {
			if (state.q.trim()) parts.push(m.explore_note_search({ q: state.q.trim() }));
			continue;
		}
		const value = state[key];
		if (!Array.isArray(value) || value.length === 0 || !(key in NOTE)) continue;
		const note = NOTE[key as keyof typeof NOTE];
		const values = value.map((v) => valueWord(key as FilterKey, v)).join(m.explore_list_join());
		parts.push((value.length === 1 ? note.only : note.some)({ values }));
	}
	return parts;
}

type Note = (inputs: { values: string }) => string;
const NOTE: Record<FilterKey, { some: Note; only: Note }> = {
	track: { some: m.explore_note_track, only: m.explore_note_track_only },
	confidence: { some: m.explore_note_confidence, only: m.explore_note_confidence_only },
	actor: { some: m.explore_note_actor, only: m.explore_note_actor_only },
	category: { some: m.explore_note_category, only: m.explore_note_category_only },
	// "channels ever suspended" reads the same for one status or several.
	status: { some: m.explore_note_status, only: m.explore_note_status }
};

const NOUN = {
	events: m.explore_note_events,
	channels: m.explore_note_channels,
	values: m.explore_note_values
};

/** The note a filtered Figure carries, or undefined when nothing is filtered out. */
export function filterNote(
	state: ViewState,
	keys: readonly (keyof ViewState)[],
	shown: number,
	total: number,
	noun: keyof typeof NOUN
): string | undefined {
	const parts = describeFilters(state, keys);
	if (parts.length === 0) return undefined;
	return NOUN[noun]({ parts: parts.join(m.figure_list_separator()), shown, total });
}

/**
 * The state of an exploring view that a person would want to share: filters, time window, the event layer,
 * the chosen event and the search text. It lives in the URL query; this module turns it into query
 * parameters and back. Decoding never fails: unknown parameters are ignored and a malformed value leaves
 * that control at its default, so an old or hand-edited link still opens a sensible view.
 */
import { CONFIDENCE_LEVELS, type Confidence } from '$lib/data/fields';
import { CHANNEL_CATEGORIES, type ChannelCategory } from '$lib/data/schemas/channels';
import { ACTOR_TYPES, TRACKS, type ActorType, type Track } from '$lib/data/schemas/engagement-events';
import { LANE_STATUSES, type LaneStatus } from '$lib/transforms/channel-timeline';

export interface ViewState {
	/** The event layer is drawn on the time charts. */
	events: boolean;
	/** The chosen event's id, highlighted everywhere with its card open. */
	event?: string;
	/** Time window (ISO days, inclusive); undefined = the chart's own span. */
	from?: string;
	to?: string;
	/** Shown values of each filter; empty = no filter. */
	category: ChannelCategory[];
	status: LaneStatus[];
	track: Track[];
	confidence: Confidence[];
	actor: ActorType[];
	/** Event search text (English or Chinese). */
	q: string;
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
	events: true,
	category: [],
	status: [],
	track: [],
	confidence: [],
	actor: [],
	q: ''
}) as ViewState;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LISTS = {
	category: CHANNEL_CATEGORIES,
	status: LANE_STATUSES,
	track: TRACKS,
	confidence: CONFIDENCE_LEVELS,
	actor: ACTOR_TYPES
} as const;
type ListKey = keyof typeof LISTS;
const LIST_KEYS = Object.keys(LISTS) as ListKey[];

function isDay(s: string | null): s is string {
	if (!s || !ISO_DAY.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Only the values a filter knows, each once, in the filter's own order; anything else is dropped. */
function readList<K extends ListKey>(key: K, raw: string | null): ViewState[K] {
	if (!raw) return [] as ViewState[K];
	const allowed: readonly string[] = LISTS[key];
	const given = new Set(raw.split(','));
	return allowed.filter((v) => given.has(v)) as ViewState[K];
}

/**
 * A search of at most 200 UTF-16 units, never cut inside a character: half an emoji would be written to the
 * URL as U+FFFD, and the link would no longer give the same search.
 */
function capSearch(q: string): string {
	const cut = q.slice(0, 200);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The state a query string describes, defaults where it says nothing or nonsense. */
export function decodeViewState(params: URLSearchParams): ViewState {
	const state: ViewState = { ...DEFAULT_VIEW_STATE };
	if (params.get('events') === 'off') state.events = false;
	const event = params.get('event');
	if (event && ID.test(event)) state.event = event;
	const from = params.get('from');
	const to = params.get('to');
	if (isDay(from)) state.from = from;
	if (isDay(to)) state.to = to;
	if (state.from && state.to && state.from > state.to) {
		delete state.from;
		delete state.to;
	}
	for (const key of LIST_KEYS) Object.assign(state, { [key]: readList(key, params.get(key)) });
	state.q = capSearch(params.get('q') ?? '');
	return state;
}

/** Query parameters for `state`: only what differs from the defaults, in a fixed order. */
export function encodeViewState(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (!state.events) params.set('events', 'off');
	if (state.event) params.set('event', state.event);
	if (state.from) params.set('from', state.from);
	if (state.to) params.set('to', state.to);
	for (const key of LIST_KEYS) if (state[key].length > 0) params.set(key, state[key].join(','));
	if (state.q) params.set('q', state.q);
	return params;
}

/** True when a value passes a filter: an empty filter lets everything through. */
export function passes<T extends string>(filter: readonly T[], value: T): boolean {
	return filter.length === 0 || filter.includes(value);
}

/** The view state as a briefing slide keeps it: the query parameters that differ from the defaults. */
export function viewStateRecord(params: URLSearchParams): Record<string, string> {
	return Object.fromEntries(encodeViewState(decodeViewState(params)));
}

/** The view state a slide kept (see viewStateRecord); anything unreadable reads as the default. */
export function viewStateOfRecord(record: Record<string, unknown> | undefined): ViewState {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(record ?? {}))
		if (typeof value === 'string') params.set(key, value);
	return decodeViewState(params);
}

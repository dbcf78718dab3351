/**
 * The briefing deck as data: slides made from saved chart states, its schema (valibot) and the pure edits
 * the deck page makes. Unknown fields are kept (loose objects), so a deck written by a newer version, or a
 * chart state holding filters this version does not know yet, round-trips unchanged.
 */
import * as v from 'valibot';
import { m } from '$lib/i18n';

export const DECK_VERSION = 1;

/** What a chart looked like when it was added: which Figure, on which view, with which filters and language. */
export const chartStateSchema = v.looseObject({
	version: v.optional(v.number(), 1),
	/** The Figure id from the registry ("channels-lanes"). */
	figure: v.pipe(
		v.string(),
		v.nonEmpty(() => m.briefing_problem_figure_empty())
	),
	/** The view it was added from ("/channels"). */
	view: v.pipe(
		v.string(),
		v.startsWith('/', () => m.briefing_problem_view_path())
	),
	/** Filters, time window and zoom, as the view will define them; kept as is. */
	state: v.optional(v.record(v.string(), v.unknown()), {}),
	/**
	 * The page's language when it was added ('en', 'zh-CN'); a deck from before the Chinese pages has none.
	 * Kept for compatibility and for the slide's own text: the Figure is drawn in the presenting page's language.
	 */
	lang: v.optional(v.string(), 'en')
});

export const slideSchema = v.looseObject({
	id: v.pipe(
		v.string(),
		v.nonEmpty(() => m.briefing_problem_slide_id_empty())
	),
	chart: chartStateSchema,
	title: v.string(),
	takeaway: v.optional(v.string(), ''),
	notes: v.optional(v.string(), '')
});

export const deckSchema = v.looseObject({
	version: v.pipe(
		v.number(() => m.briefing_problem_version_missing()),
		v.maxValue(DECK_VERSION, () => m.briefing_problem_version_newer({ version: DECK_VERSION }))
	),
	title: v.optional(v.string(), () => m.briefing_deck_title()),
	slides: v.array(slideSchema, () => m.briefing_problem_not_list())
});

export type ChartState = v.InferOutput<typeof chartStateSchema>;
export type Slide = v.InferOutput<typeof slideSchema>;
export type Deck = v.InferOutput<typeof deckSchema>;

/** A short random id; crypto.randomUUID is missing on plain-http origins other than localhost. */
export function slideId(): string {
	return (
		globalThis.crypto?.randomUUID?.() ??
		`s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
	);
}

export function emptyDeck(title: string = m.briefing_deck_title()): Deck {
	return { version: DECK_VERSION, title, slides: [] };
}

/** What a deck from a newer version of the site holds that this version cannot show. */
export interface NewerDeck {
	/** The deck format it was written in. */
	version: number;
	/** Its slides, and how many of them this version cannot read (they are not shown, and kept). */
	slides: number;
	unread: number;
	/** The value as read, to save unchanged. */
	original: unknown;
}

export type ParsedDeck = { ok: true; deck: Deck; newer?: NewerDeck } | { ok: false; problems: string[] };

const problemsOf = (issues: v.BaseIssue<unknown>[]) =>
	issues.slice(0, 5).map((issue) => {
		const path = v.getDotPath(issue);
		return path ? `${path}: ${issue.message}` : issue.message;
	});

/**
 * parseDeck() checks a value against the schema and names each problem by its path ("slides.2.chart.figure").
 * A deck from a newer version is read as far as this version can, slide by slide, and marked `newer`: it is
 * to be shown read-only (editing and saving it here could drop what this version does not know).
 */
export function parseDeck(value: unknown): ParsedDeck {
	const result = v.safeParse(deckSchema, value);
	if (result.success) return { ok: true, deck: result.output };
	const newer = readNewer(value);
	return newer ?? { ok: false, problems: problemsOf(result.issues) };
}

const newerShape = v.looseObject({
	version: v.pipe(
		v.number(),
		v.minValue(DECK_VERSION),
		v.check((n) => n > DECK_VERSION)
	),
	title: v.optional(v.string(), () => m.briefing_deck_title()),
	slides: v.array(v.unknown())
});

function readNewer(value: unknown): ParsedDeck | undefined {
	const shape = v.safeParse(newerShape, value);
	if (!shape.success) return undefined;
	const slides: Slide[] = [];
	for (const slide of shape.output.slides) {
		const read = v.safeParse(slideSchema, slide);
		if (read.success) slides.push(read.output);
	}
	const total = shape.output.slides.length;
	return {
		ok: true,
		deck: { ...shape.output, slides },
		newer: { version: shape.output.version, slides: total, unread: total - slides.length, original: value }
	};
}

/** The problem with text that is not JSON: "not JSON (Unexpected end of JSON input)". */
export const notJson = (e: unknown) =>
	m.briefing_problem_not_json({ error: e instanceof Error ? e.message : String(e) });

/** Problems joined for a sentence: "a; b" (Chinese "a；b"). */
export const joinProblems = (problems: string[]) => problems.join(m.figure_list_separator());

/** parseDeckJson() reads a deck file's text: JSON first, then the schema. */
export function parseDeckJson(text: string): ParsedDeck {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		return { ok: false, problems: [notJson(e)] };
	}
	return parseDeck(value);
}

/**
 * The first sentence of a summary: a takeaway to start from. An English sentence ends at . ! or ? before a
 * space; a Chinese one at 。！ or ？ (no space follows).
 */
export function firstSentence(text: string | undefined): string {
	if (!text) return '';
	const m = /^(.+?(?:[.!?](?=\s|$)|[。！？]))/.exec(text.trim());
	return (m ? m[1] : text).trim();
}

/** newSlide() makes a slide from a chart state, with the Figure's title and summary to start from. */
export function newSlide(
	chart: { figure: string; view: string; state?: Record<string, unknown>; lang: string },
	title: string,
	summary?: string
): Slide {
	return {
		id: slideId(),
		chart: { version: 1, ...chart, state: structuredClone(chart.state ?? {}) },
		title,
		takeaway: firstSentence(summary),
		notes: summary ?? ''
	};
}

export function addSlide(deck: Deck, slide: Slide): Deck {
	return { ...deck, slides: [...deck.slides, slide] };
}

/** moveSlide() moves the slide at `from` to `to` (both clamped to the deck). */
export function moveSlide(deck: Deck, from: number, to: number): Deck {
	const n = deck.slides.length;
	if (from < 0 || from >= n) return deck;
	const target = Math.max(0, Math.min(n - 1, to));
	if (target === from) return deck;
	const slides = [...deck.slides];
	const [slide] = slides.splice(from, 1);
	slides.splice(target, 0, slide);
	return { ...deck, slides };
}

/** duplicateSlide() puts a copy (new id, same state) right after the slide. */
export function duplicateSlide(deck: Deck, id: string): Deck {
	const i = deck.slides.findIndex((s) => s.id === id);
	if (i < 0) return deck;
	const copy = { ...structuredClone(deck.slides[i]), id: slideId() };
	return { ...deck, slides: [...deck.slides.slice(0, i + 1), copy, ...deck.slides.slice(i + 1)] };
}

export function removeSlide(deck: Deck, id: string): Deck {
	return { ...deck, slides: deck.slides.filter((s) => s.id !== id) };
}

/** updateSlide() changes a slide's title, takeaway or notes. */
export function updateSlide(
	deck: Deck,
	id: string,
	patch: Partial<Pick<Slide, 'title' | 'takeaway' | 'notes'>>
): Deck {
	return { ...deck, slides: deck.slides.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

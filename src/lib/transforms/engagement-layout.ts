/**
 * Pixel layout for the engagement charts that cannot be left to the scales: marks close in time stacked
 * within their lane, and direct labels stacked away from the lane so none overlaps another or a leader line.
 * Text is measured by an estimate (the charts are drawn on the server, where nothing can be measured).
 */
import type { EngagementEvent } from '$lib/data/schemas/engagement-events';
import { isNarrow } from '$lib/charts/narrow';
import { textWidth, wrapText } from '$lib/charts/text-metrics';
import { localEnglish, localName, m } from '$lib/i18n';
import { eventWhen } from './date-phrases';
import { endOfPeriod, precisionOf, toDate } from './dates';

/**
 * Left and right margins shared by every engagement chart at `width`, so their time axes line up when
 * stacked; a narrow chart keeps only what the lane names and the value axis need.
 */
export function engagementMargin(width: number): { left: number; right: number } {
	return isNarrow(width) ? { left: 66, right: 14 } : { left: 104, right: 28 };
}

/**
 * Greedy rows for marks along one lane: each mark (from x0 to x1 in px, its radius included) takes the first
 * row in which it clears every mark already there by `gap`. Marks with `first` set (the labelled ones) are
 * placed before the rest, so they keep the centre row and their leader lines start clear of other marks.
 * Returns the row of each mark, in input order.
 */
export function dodgeRows(marks: { x0: number; x1: number; first?: boolean }[], gap = 2): number[] {
	const order = marks
		.map((_, i) => i)
		.sort(
			(a, b) => Number(!!marks[b].first) - Number(!!marks[a].first) || marks[a].x0 - marks[b].x0 || a - b
		);
	const taken: { x0: number; x1: number }[][] = [];
	const rows = new Array<number>(marks.length);
	for (const i of order) {
		const m = marks[i];
		let row = taken.findIndex((row) => row.every((t) => m.x0 >= t.x1 + gap || m.x1 + gap <= t.x0));
		if (row === -1) row = taken.push([]) - 1;
		taken[row].push(m);
		rows[i] = row;
	}
	return rows;
}

/** Row 0 on the lane's centre line, then alternately one step to either side: 0, 1, -1, 2, -2, ... */
export function rowOffset(row: number): number {
	return row === 0 ? 0 : row % 2 === 1 ? (row + 1) / 2 : -row / 2;
}

export interface LabelBox {
	id: string;
	/** The x of the mark the label belongs to (the leader line runs up or down from here). */
	x: number;
	width: number;
	height: number;
}

export interface PlacedLabel extends LabelBox {
	/** Left edge of the label box. */
	left: number;
	/** Distance of the box from the lane (its near edge); the leader line spans 0..offset. */
	offset: number;
	/** Which side of its leader the text sits on: right of it (start) or left of it (end). */
	align: 'start' | 'end';
}

interface Rect {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Stacks labels away from a lane, greedily and right to left. Each box sits to the right of its mark's x, or
 * to the left where that lets it sit closer to the lane (kept inside `left`..`right`), at the smallest offset
 * where it touches no other box and crosses no leader line; a side whose box would cover the mark of a label
 * still to be placed is not taken. Boxes are padded by `gap` px. If no spot avoids
 * every leader, the box goes above all boxes in its way (a leader may then pass behind it).
 */
export function placeLabels(
	labels: LabelBox[],
	{ left, right, gap = 6 }: { left: number; right: number; gap?: number }
): PlacedLabel[] {
	const order = [...labels].sort((a, b) => b.x - a.x);
	const boxes: Rect[] = [];
	const leaders: Rect[] = [];
	const placed = new Map<string, PlacedLabel>();
	for (const l of order) {
		const leader = (offset: number): Rect => ({ x0: l.x - 1, x1: l.x + 1, y0: 0, y1: offset });
		const options = (['start', 'end'] as const).map((align) => {
			const x0 = Math.max(left, Math.min(align === 'start' ? l.x : l.x - l.width, right - l.width));
			const box = (o: number): Rect => ({
				x0: x0 - gap,
				x1: x0 + l.width + gap,
				y0: o,
				y1: o + l.height + gap
			});
			const clear = (o: number) =>
				!boxes.some((b) => overlaps(box(o), b)) &&
				!leaders.some((r) => overlaps(box(o), r)) &&
				!boxes.some((b) => overlaps(leader(o), b));
			const offset = [0, ...boxes.map((b) => b.y1)].sort((a, b) => a - b).find(clear);
			return { align, x0, box, offset };
		});
		// A box that covers the mark of a label still to be placed would leave that label no clear leader.
		const pending = order.slice(order.indexOf(l) + 1);
		const blocks = (x0: number) => pending.some((p) => p.x >= x0 - gap && p.x <= x0 + l.width + gap);
		const clearOnes = options.filter((o) => o.offset !== undefined && !blocks(o.x0));
		const best = clearOnes.sort((a, b) => a.offset! - b.offset!)[0];
		const pick = best ?? options[0];
		const inTheWay = [...boxes, ...leaders].filter((b) => b.x0 < pick.box(0).x1 && pick.box(0).x0 < b.x1);
		const offset = best?.offset ?? Math.max(0, ...inTheWay.map((b) => b.y1));
		boxes.push(pick.box(offset));
		leaders.push(leader(offset));
		placed.set(l.id, { ...l, left: pick.x0, offset, align: pick.align });
	}
	return labels.map((l) => placed.get(l.id)!);
}

/** How far the placed labels reach from the lane, gap included (0 when there are none). */
export function labelsExtent(placed: PlacedLabel[], gap = 6): number {
	return Math.max(0, ...placed.map((p) => p.offset + p.height + gap));
}

/** A value label at a point, moved up (to a smaller y) until it clears the labels placed before it. */
export interface ValueLabel {
	id: string;
	/** Left edge and baseline-box bottom of the label, in px. */
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Lifts each label, in input order, just above any earlier label it would overlap. Returns the new y of each. */
export function liftLabels(labels: ValueLabel[], gap = 2): number[] {
	const placed: Rect[] = [];
	return labels.map((l) => {
		let y = l.y;
		for (;;) {
			const rect = { x0: l.x - gap, x1: l.x + l.width + gap, y0: y - l.height, y1: y };
			const hit = placed.find((p) => overlaps(rect, p));
			if (!hit) {
				placed.push(rect);
				return y;
			}
			y = hit.y0 - gap;
		}
	});
}

/** One line of a direct label. */
export interface LabelLine {
	text: string;
	size: number;
	/** Titles are bold, dates and attributions regular and muted. */
	strong: boolean;
	/** 'en' for an English title shown on a Chinese page (no Chinese title recorded). */
	lang?: 'en';
}

/**
 * Where an event's mark runs on the time axis: from its date to its end; an event known only to the year
 * ("Summer 2023" is stored as 2023) runs across the year, never at a guessed day.
 */
export function eventSpan(e: Pick<EngagementEvent, 'date' | 'end'>): [Date, Date] {
	const start = toDate(e.date);
	if (e.end) return [start, toDate(e.end)];
	return [start, precisionOf(e.date) === 'year' ? endOfPeriod(e.date) : start];
}

/**
 * The direct label of an event: its title wrapped at `maxChars` (16 px, bold), its date (14 px), and for a
 * claim who claims it ("claimed, via Liye Hong"), as the design asks of every claim drawn.
 */
export function eventLabelLines(e: EngagementEvent, maxChars: number, claimedBy?: string): LabelLine[] {
	const title = localName(e.title, e.title_zh);
	const lang = localEnglish(!e.title_zh);
	const lines: LabelLine[] = wrapText(title, maxChars).map((text) =>
		lang ? { text, size: 16, strong: true, lang } : { text, size: 16, strong: true }
	);
	lines.push({ text: eventWhen(e), size: 14, strong: false });
	if (e.confidence === 'claimed' && claimedBy)
		lines.push({ text: m.engagement_claimed_via({ who: claimedBy }), size: 14, strong: false });
	return lines;
}

/** Line height in px for a font size. */
export const lineHeight = (size: number) => Math.round(size * 1.2);

/** Width and height of a block of label lines, with 4 px of padding on the text side. */
export function linesBox(lines: LabelLine[]): { width: number; height: number } {
	return {
		width: Math.max(0, ...lines.map((l) => textWidth(l.text, l.size))) + 4,
		height: lines.reduce((h, l) => h + lineHeight(l.size), 0) + 2
	};
}

/** The tracks, top to bottom; the official lane's labels go above it, the civil lane's below. */
export const TRACK_ORDER = ['official', 'civil'] as const;
type TrackId = (typeof TRACK_ORDER)[number];

export interface TrackItem {
	id: string;
	track: TrackId;
	/** Start and end of the mark in px (equal for a one-day event). */
	x0: number;
	x1: number;
	/** Direct label lines, for labelled events. */
	lines?: LabelLine[];
}

export interface TrackLayout {
	lanes: { track: TrackId; top: number; height: number; center: number }[];
	/** Vertical centre of each mark, by id. */
	cy: Record<string, number>;
	labels: {
		id: string;
		/** Left edge of the text block, relative to the mark's x. */
		dx: number;
		/** Width of the text block. */
		width: number;
		/** Text right of the leader (start) or left of it (end, right-aligned). */
		align: 'start' | 'end';
		/** Top of the text block. */
		top: number;
		/** The leader line's ends, from the mark's edge to the block. */
		leader: [number, number];
		lines: LabelLine[];
	}[];
	axisY: number;
	height: number;
}

/**
 * The vertical layout of the tracks chart: each lane as tall as its stacked marks need, labels stacked above the
 * official lane and below the civil lane, and the time axis under everything.
 */
export function trackLayout(
	items: TrackItem[],
	{
		labelLeft,
		right,
		r,
		step = r * 2 + 3
	}: {
		/** Leftmost x a label may reach (labels may use the left margin above and below the lanes). */
		labelLeft: number;
		right: number;
		r: number;
		step?: number;
	}
): TrackLayout {
	const layout: TrackLayout = { lanes: [], cy: {}, labels: [], axisY: 0, height: 0 };
	let y = 4;
	for (const track of TRACK_ORDER) {
		const marks = items.filter((i) => i.track === track);
		const rows = dodgeRows(marks.map((m) => ({ x0: m.x0 - r, x1: m.x1 + r, first: !!m.lines?.length })));
		const reach = Math.max(0, ...rows.map((row) => Math.abs(rowOffset(row))));
		const height = (reach * 2 + 1) * step + 12;
		const labelled = marks.filter((m) => m.lines && m.lines.length > 0);
		const placed = placeLabels(
			labelled.map((m) => ({ id: m.id, x: (m.x0 + m.x1) / 2, ...linesBox(m.lines!) })),
			{ left: labelLeft, right }
		);
		const above = track === 'official';
		const extent = labelsExtent(placed);
		const top = above ? y + extent : y;
		const center = top + height / 2;
		// Marks pushed off the centre line go away from the labels, so leaders start from the nearest marks.
		marks.forEach((m, i) => (layout.cy[m.id] = center + (above ? 1 : -1) * rowOffset(rows[i]) * step));
		const base = above ? top - 2 : top + height + 2;
		placed.forEach((p, i) => {
			const cy = layout.cy[p.id];
			const lines = labelled[i].lines!;
			const near = above ? base - p.offset : base + p.offset;
			layout.labels.push({
				id: p.id,
				dx: p.left - p.x,
				width: p.width,
				align: p.align,
				top: above ? near - p.height : near,
				leader: above ? [cy - r - 1, near] : [cy + r + 1, near],
				lines
			});
		});
		layout.lanes.push({ track, top, height, center });
		y = above ? top + height + 10 : top + height + extent;
	}
	layout.axisY = y + 10;
	layout.height = layout.axisY + 34;
	return layout;
}

/**
 * The x extent of one track's bar inside a quarter drawn from `x0` to `x1`: official on the left, civil on the
 * right, with room between quarters.
 */
export function groupedBarX(x0: number, x1: number, track: TrackId): [number, number] {
	const w = x1 - x0;
	const pad = w * 0.12;
	const inner = Math.min(4, w * 0.04);
	const bar = (w - 2 * pad - inner) / 2;
	const start = track === 'official' ? x0 + pad : x0 + pad + bar + inner;
	return [start, start + bar];
}

/**
 * The rules that tie a record to the rest of the data, beyond what its own cells can say: it cites a known,
 * published source (never the project's own notes); its source is not dated well before it; a record resting
 * on a mirror or aggregator claims no more than that page supports; channel ids exist; ends come after starts;
 * only visits have a direction (a visit may leave it empty when none of the three fits). The build, the dev server and browser imports all ask these same questions,
 * so they give the same located messages. Relative imports only: the Vite plugin loads this outside SvelteKit.
 */
import { DATASETS, type DatasetKey, type RowOf } from './datasets.ts';
import { SECONDHAND_KINDS, type Source } from './schemas/sources.ts';

/** The id the project's notes once had as a "source": not a page a reader can open, so never accepted. */
export const NOTES_SOURCE_ID = 'research-notes';

/** A source may be dated at most this many days before the record it supports (unless announced in advance). */
export const MAX_SOURCE_LEAD_DAYS = 60;

/** What the other datasets offer a row: the sources by id and the channel ids. */
export interface RowContext {
	sources: ReadonlyMap<string, Source>;
	channelIds: ReadonlySet<string>;
	/** How to name sources.csv in a message ("data/sources.csv", "sources.csv (import your sources first...)"). */
	sourcesFile: string;
	channelsFile: string;
}

/** One broken rule, at a column of the row. */
export interface RowProblem {
	column: string;
	value: string;
	expected: string;
}

const DAY = 86_400_000;

/** First and last instant of the day, month or year an ISO date names (UTC). */
function span(iso: string): [number, number] {
	const [y, m, d] = iso.split('-').map(Number);
	if (d !== undefined) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1) - 1];
	if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - 1];
	return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - 1];
}

/**
 * How many whole days a source dated `sourceDate` certainly precedes a record dated `recordDate`, reading each
 * date at its precision in the source's favour (the latest day it may mean against the earliest of the record).
 */
export function sourceLeadDays(sourceDate: string, recordDate: string): number {
	const latestSource = span(sourceDate)[1];
	const earliestRecord = span(recordDate)[0];
	return Math.floor((earliestRecord - latestSource) / DAY);
}

type AnyRow = Record<string, unknown>;

function sourceProblems(s: Source): RowProblem[] {
	const out: RowProblem[] = [];
	if (s.id === NOTES_SOURCE_ID)
		out.push({
			column: 'id',
			value: s.id,
			expected: "expected a published source: the project's research notes are not a page a reader can open"
		});
	const secondhand = SECONDHAND_KINDS.includes(s.publisher_kind);
	if (secondhand && !s.original)
		out.push({
			column: 'original',
			value: '',
			expected: `expected the outlet whose text this ${s.publisher_kind} carries (required for a mirror or aggregator)`
		});
	if (!secondhand && s.original)
		out.push({
			column: 'original',
			value: s.original,
			expected: 'expected an empty cell: only a mirror or aggregator names an original'
		});
	return out;
}

function citationProblems(key: DatasetKey, row: AnyRow, ctx: RowContext): RowProblem[] {
	const id = String(row.source_id);
	if (id === NOTES_SOURCE_ID)
		return [
			{
				column: 'source_id',
				value: id,
				expected: `expected a published source from ${ctx.sourcesFile}: "${NOTES_SOURCE_ID}" (the project's notes) is not a page a reader can open`
			}
		];
	const source = ctx.sources.get(id);
	if (!source)
		return [{ column: 'source_id', value: id, expected: `expected an id from ${ctx.sourcesFile}` }];
	const out: RowProblem[] = [];
	const spec = DATASETS[key] as { recordDate?: (r: AnyRow) => string | undefined; recordDateColumn?: string };
	const recordDate = spec.recordDate?.(row);
	if (recordDate && source.date && spec.recordDateColumn) {
		const lead = sourceLeadDays(source.date, recordDate);
		if (lead > MAX_SOURCE_LEAD_DAYS)
			out.push({
				column: spec.recordDateColumn,
				value: recordDate,
				expected: `expected a source dated on or after the record (at most ${MAX_SOURCE_LEAD_DAYS} days before): "${id}" is dated ${source.date}, ${lead} days earlier${key === 'events' ? '; if it announced the event in advance and the event is known to have happened, set announced to yes' : ''}`
			});
	}
	if (row.confidence === 'verified' && SECONDHAND_KINDS.includes(source.publisher_kind)) {
		const note = String(row.note ?? '');
		if (!/\btext of\b/i.test(note))
			out.push({
				column: 'confidence',
				value: 'verified',
				expected: `expected reported or less: "${id}" is a ${source.publisher_kind}; a verified record on it says in its note whose verbatim text the page carries ("text of Xinhua")`
			});
	}
	return out;
}

/** Every broken rule of one row of dataset `key`, in column order. */
export function rowProblems<K extends DatasetKey>(key: K, row: RowOf<K>, ctx: RowContext): RowProblem[] {
	const r = row as unknown as AnyRow;
	const out: RowProblem[] = [];
	if (key === 'sources') out.push(...sourceProblems(row as unknown as Source));
	else out.push(...citationProblems(key, r, ctx));
	const channel = key === 'channelPeriods' || key === 'events' ? r.channel_id : undefined;
	if (typeof channel === 'string' && !ctx.channelIds.has(channel))
		out.push({ column: 'channel_id', value: channel, expected: `expected an id from ${ctx.channelsFile}` });
	const start = String(r.start ?? r.date ?? '');
	if (typeof r.end === 'string' && r.end < start)
		out.push({ column: 'end', value: r.end, expected: `expected a date on or after the start (${start})` });
	if (key === 'events') {
		if (r.kind !== 'visit' && typeof r.direction === 'string')
			out.push({
				column: 'direction',
				value: r.direction,
				expected: 'expected an empty cell: only a visit (kind visit) has a direction'
			});
	}
	const order = Object.keys(DATASETS[key].schema.entries);
	return out.sort((a, b) => order.indexOf(a.column) - order.indexOf(b.column));
}

/** The context for rows checked against `sources` and `channelIds`. */
export function rowContext(
	sources: readonly Source[],
	channelIds: Iterable<string>,
	files: { sources: string; channels: string }
): RowContext {
	return {
		sources: new Map(sources.map((s) => [s.id, s])),
		channelIds: new Set(channelIds),
		sourcesFile: files.sources,
		channelsFile: files.channels
	};
}

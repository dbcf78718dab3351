import * as v from 'valibot';
import { id, oneOf, optionalIsoDate, optionalText, text, webUrl } from '../fields.ts';

/**
 * Who published the page a source row points to. `mirror` (an unofficial copy of someone else's text) and
 * `aggregator` (a site that collects or rewrites others' stories) must name the `original` outlet; the check
 * that ties the two columns together is in `../integrity.ts`.
 */
export const PUBLISHER_KINDS = ['official', 'outlet', 'wire', 'journal', 'mirror', 'aggregator'] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

/** Kinds of page that carry someone else's text: they name the original, and alone support at most `reported`. */
export const SECONDHAND_KINDS: readonly PublisherKind[] = ['mirror', 'aggregator'];

/** Where a record comes from: one publication a reader can open. Every other dataset names one in `source_id`. */
export const sourceSchema = v.object({
	id: id(),
	title: text(),
	author: optionalText(),
	/** Who published the page itself (for a mirror: the mirror's own name). */
	publisher: text(),
	publisher_kind: oneOf(PUBLISHER_KINDS),
	/** The outlet whose text a mirror or aggregator carries ("Associated Press"); empty otherwise. */
	original: optionalText(),
	/** The page's publication date, at the precision the page shows; empty when it shows none. */
	date: optionalIsoDate(),
	/** The address read, http(s) only. */
	url: webUrl(),
	note: optionalText()
});

export type Source = v.InferOutput<typeof sourceSchema>;

/**
 * A source as a Figure cites it: a row of sources.csv, or a file the user imported into the page (GDELT,
 * ICEWS), which has no address and no publisher kind because it is the user's own.
 */
export type CitedSource = Omit<Source, 'url' | 'publisher_kind'> & {
	url?: string;
	publisher_kind?: PublisherKind;
};

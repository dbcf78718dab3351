/**
 * Cell validators shared by every dataset schema. Each reads the raw cell text and says,
 * when it fails, what was expected, in words a person editing the CSV understands.
 */
import * as v from 'valibot';

export const CONFIDENCE_LEVELS = ['verified', 'reported', 'claimed', 'estimate'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

const blankToUndefined = (s: string) => (s === '' ? undefined : s);

/** A required cell of free text. */
export const text = () => v.pipe(v.string(), v.trim(), v.nonEmpty('expected text (the cell is empty)'));

/** Free text that may be left empty (read as undefined). */
export const optionalText = () => v.pipe(v.string(), v.trim(), v.transform(blankToUndefined));

/** A record id: lower-case letters, digits and single hyphens. */
export const id = () =>
	v.pipe(
		v.string(),
		v.trim(),
		v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and hyphens')
	);

/** True when y-m-d names a real calendar day. */
function isCalendarDate(value: string): boolean {
	const [y, m = 1, d = 1] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const DATE_EXPECTED = 'expected a date as YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)';

/** An ISO date at day, month or year precision, kept as written. */
export const isoDate = () =>
	v.pipe(
		v.string(),
		v.trim(),
		v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, DATE_EXPECTED),
		v.check(isCalendarDate, DATE_EXPECTED)
	);

/** An ISO date that may be left empty. */
export const optionalIsoDate = () =>
	v.union(
		[
			v.pipe(
				v.literal(''),
				v.transform(() => undefined)
			),
			isoDate()
		],
		DATE_EXPECTED
	);

/** One of a fixed set of words. */
export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
	v.pipe(v.string(), v.trim(), v.picklist(options, `expected one of: ${options.join(', ')}`));

export const confidence = () => oneOf(CONFIDENCE_LEVELS as unknown as readonly [Confidence, ...Confidence[]]);

/** A whole number of zero or more, digits only (no separators). */
export const count = () =>
	v.pipe(
		v.string(),
		v.trim(),
		v.regex(/^\d+$/, 'expected a whole number of 0 or more, digits only'),
		v.transform(Number)
	);

/** A whole number that may be left empty. */
export const optionalCount = () =>
	v.union(
		[
			v.pipe(
				v.literal(''),
				v.transform(() => undefined)
			),
			count()
		],
		'expected a whole number of 0 or more, or an empty cell'
	);

/** yes or no. */
export const yesNo = () =>
	v.pipe(
		v.string(),
		v.trim(),
		v.picklist(['yes', 'no'], 'expected yes or no'),
		v.transform((s) => s === 'yes')
	);

const URL_EXPECTED = 'expected a full web address starting http:// or https://';

/** A web address a reader can open: http:// or https:// only. */
export const webUrl = () =>
	v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty(`${URL_EXPECTED} (the cell is empty)`),
		v.regex(/^https?:\/\/\S+$/i, URL_EXPECTED),
		v.url(URL_EXPECTED)
	);

/** `yes`, or an empty cell (read as false): a flag that is rarely set. */
export const yesOrEmpty = () =>
	v.pipe(
		v.string(),
		v.trim(),
		v.picklist(['yes', ''], 'expected yes or an empty cell'),
		v.transform((s) => s === 'yes')
	);

/** One of a fixed set of words, or an empty cell (read as undefined). */
export const optionalOneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
	v.union(
		[
			v.pipe(
				v.literal(''),
				v.transform(() => undefined)
			),
			oneOf(options)
		],
		`expected one of: ${options.join(', ')}, or an empty cell`
	);

import * as v from 'valibot';
import { confidence, count, id, isoDate, oneOf, optionalCount, optionalText, text } from '../fields.ts';

/** `weekly-flights-allowed`: the caps each side allowed the other's airlines (not flights flown). */
export const PEOPLE_SERIES = [
	'chinese-students-in-us',
	'us-students-in-china',
	'weekly-flights-allowed'
] as const;

/** Series renamed since files were first made: an old file still reads (the flights were always allowed caps). */
const RENAMED: Record<string, PeopleSeriesId> = { 'weekly-flights': 'weekly-flights-allowed' };

/** People-to-people series: students and flights, one value per period. */
export const peopleValueSchema = v.object({
	series: v.pipe(
		v.string(),
		v.trim(),
		v.transform((s) => RENAMED[s] ?? s),
		v.picklist(PEOPLE_SERIES, `expected one of: ${PEOPLE_SERIES.join(', ')}`)
	),
	/** The period as the source names it ("2022/23", "from 1 Sep 2023"). */
	period: text(),
	/** Where the value is placed on a time axis: the start of the period. */
	date: isoDate(),
	value: count(),
	/** exact; over ("over 150"); about; range (value to value_high). */
	qualifier: oneOf(['exact', 'over', 'about', 'range'] as const),
	value_high: optionalCount(),
	unit: text(),
	source_id: id(),
	confidence: confidence(),
	note: optionalText()
});

export type PeopleValue = v.InferOutput<typeof peopleValueSchema>;
export type PeopleSeriesId = (typeof PEOPLE_SERIES)[number];

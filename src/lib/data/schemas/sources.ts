import * as v from 'valibot';
import { id, optionalIsoDate, optionalText, optionalUrl, text } from '../fields.ts';

/** Where a record comes from. Every other dataset names one of these in `source_id`. */
export const sourceSchema = v.object({
	id: id(),
	title: text(),
	author: optionalText(),
	publisher: optionalText(),
	date: optionalIsoDate(),
	url: optionalUrl(),
	note: optionalText()
});

export type Source = v.InferOutput<typeof sourceSchema>;

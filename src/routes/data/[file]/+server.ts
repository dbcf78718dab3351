// The raw CSV files, byte for byte as shipped, for download from /data.
import { error } from '@sveltejs/kit';
import { DATASETS } from '$lib/data/datasets';
import { rawCsv } from '$lib/server/data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => Object.values(DATASETS).map((d) => ({ file: d.file }));

export const GET: RequestHandler = ({ params }) => {
	const text = rawCsv[params.file];
	if (text === undefined) error(404, `No dataset named ${params.file}`);
	return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};

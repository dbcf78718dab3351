import { DATASETS } from '$lib/data/datasets';
import { shippedData } from '$lib/server/data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = shippedData();
	const tables = Object.values(DATASETS).map((spec) => ({
		key: spec.key,
		file: spec.file,
		title: spec.title,
		description: spec.description,
		columns: Object.keys(spec.schema.entries),
		rows: data[spec.key as keyof typeof data] as Record<string, unknown>[]
	}));
	return { tables };
};

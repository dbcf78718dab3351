import { describe, expect, it } from 'vitest';
import { DATASETS } from '$lib/data/datasets';
import { columnLabel, datasetDescription, datasetTitle } from './dataset-labels';

const specs = Object.values(DATASETS);
const columns = [...new Set(specs.flatMap((s) => Object.keys(s.schema.entries)))];

describe('/data page labels', () => {
	it.each(specs.map((s) => [s.key, s] as const))(
		'datasetTitle() and datasetDescription() of %s read as the registry in English',
		(key, spec) => {
			expect(datasetTitle(key, '', 'en')).toBe(spec.title);
			expect(datasetDescription(key, '', 'en')).toBe(spec.description);
		}
	);

	it.each(specs.map((s) => [s.key] as const))('%s has a Chinese title and description', (key) => {
		expect(datasetTitle(key, '', 'zh-CN')).toMatch(/\p{Script=Han}/u);
		expect(datasetDescription(key, '', 'zh-CN')).toMatch(/\p{Script=Han}.*。$/u);
	});

	it('falls back to the given text for a dataset it does not know', () => {
		expect(datasetTitle('constructor', 'Other', 'zh-CN')).toBe('Other');
		expect(datasetDescription('nope', 'A table.', 'zh-CN')).toBe('A table.');
	});

	it('columnLabel() keeps the CSV column name in English', () => {
		for (const c of columns) expect(columnLabel(c, 'en')).toBe(c);
	});

	it('columnLabel() names every column of every dataset in Chinese', () => {
		const missing = columns.filter((c) => !/\p{Script=Han}/u.test(columnLabel(c, 'zh-CN')));
		expect(missing).toEqual([]);
		expect(columnLabel('source_id', 'zh-CN')).toBe('来源编号');
		expect(columnLabel('toString', 'zh-CN')).toBe('toString');
	});
});

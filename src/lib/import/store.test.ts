/**
 * The import store where the browser keeps nothing (no IndexedDB here, as in a private window that blocks
 * it): an import is kept in the page, said to be unsaved, and behaves like a stored one until reload.
 */
import { describe, expect, it } from 'vitest';
import { add, clearAside, clearImports, countAll, putAside, readAll, remove } from './store';

describe('the import store without IndexedDB', () => {
	it('keeps an import in the page, says it is not saved, and reads it back', async () => {
		expect(typeof indexedDB).toBe('undefined');
		const saved = await add('datasets', { key: 'events', file: 'a.csv', text: 'x' });
		expect(saved).toEqual({
			saved: false,
			fault: { kind: 'blocked', detail: 'no storage in this window' }
		});
		const [record] = (await readAll('datasets')) as { id: number; file: string }[];
		expect(record).toMatchObject({ file: 'a.csv' });
		expect(record.id).toBeLessThan(0);
		expect(await countAll()).toBe(1);

		await putAside('datasets', record, 'it no longer validates');
		expect(await readAll('datasets')).toEqual([]);
		expect(await readAll('aside')).toMatchObject([
			{ store: 'datasets', value: { file: 'a.csv' }, reason: 'it no longer validates' }
		]);
		await clearAside();
		expect(await countAll()).toBe(0);
	});

	it('removes and resets what the page holds', async () => {
		await add('events', { summary: { file: 'g.zip' } });
		const [record] = (await readAll('events')) as { id: number }[];
		await remove('events', record.id);
		expect(await readAll('events')).toEqual([]);
		await add('datasets', { file: 'b.csv' });
		await clearImports();
		expect(await countAll()).toBe(0);
	});
});

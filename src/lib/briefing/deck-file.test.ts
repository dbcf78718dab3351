import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/i18n';
import { MAX_DECK_FILE_BYTES, readDeckFile } from './deck-file';

describe('readDeckFile()', () => {
	it('refuses a file over the limit without reading it, naming its size and the limit', async () => {
		const file = {
			name: 'huge.json',
			size: 3 * 1024 ** 3,
			text: () => Promise.reject(new Error('must not be read'))
		};
		expect(await readDeckFile(file)).toEqual({
			ok: false,
			refused:
				'huge.json is 3,072 MB; a deck file is at most 5 MB, so it was not read. Your deck is unchanged.'
		});
		expect(await inLocale('zh-CN', () => readDeckFile(file))).toMatchObject({
			refused: 'huge.json大小为3,072 MB；简报文件最大为5 MB，因此未读取。您的简报未作改动。'
		});
	});

	it('reads a file at the limit', async () => {
		const text = JSON.stringify({ version: 1, slides: [] });
		const r = await readDeckFile({ name: 'd.json', size: MAX_DECK_FILE_BYTES, text: async () => text });
		expect(r.ok).toBe(true);
	});
});

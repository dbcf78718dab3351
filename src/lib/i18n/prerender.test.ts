import { describe, expect, it } from 'vitest';
import { FIGURES } from '$lib/figures/registry';
import { FIGURE_IDS } from '../../../svelte.config.js';

describe('prerendered Chinese embeds', () => {
	it('lists every Figure of the registry', () => {
		expect(FIGURE_IDS).toEqual(FIGURES.map((f) => f.id));
	});
});

describe('Figure titles for embed pages', () => {
	it('gives every Figure a title in each language', async () => {
		const { fixtureData } = await import('../../../tests/fixtures/data');
		const { inLocale } = await import('$lib/i18n');
		const data = fixtureData();
		for (const f of FIGURES) {
			expect(f.title(data), f.id).toMatch(/[A-Za-z]{3}/);
			expect(
				inLocale('zh-CN', () => f.title(data)),
				f.id
			).toMatch(/[\u4e00-\u9fff]/);
		}
	});
});

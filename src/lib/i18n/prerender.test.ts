import { describe, expect, it } from 'vitest';
import { FIGURES } from '$lib/figures/registry';
import { FIGURE_IDS } from '../../../svelte.config.js';

describe('prerendered Chinese embeds', () => {
	it('lists every Figure of the registry', () => {
		expect(FIGURE_IDS).toEqual(FIGURES.map((f) => f.id));
	});
});

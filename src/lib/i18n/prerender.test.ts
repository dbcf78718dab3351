import { describe, expect, it } from 'vitest';
import { FIGURES } from '$lib/figures/registry';
import config from '../../../svelte.config.js';

describe('prerendered Chinese embeds', () => {
	it('lists one per Figure of the registry (they are linked from nowhere)', () => {
		const entries = config.kit?.prerender?.entries ?? [];
		for (const f of FIGURES) expect(entries, f.id).toContain(`/zh-CN/embed/${f.id}`);
		expect(entries.filter((e) => e.startsWith('/zh-CN/embed/'))).toHaveLength(FIGURES.length);
	});
});

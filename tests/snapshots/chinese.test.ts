/**
 * SVG snapshots of every chart in Chinese: each Figure of the registry rendered on the server from the
 * fixture data at 960 px with the page language set to zh-CN, as /zh-CN/... prerenders it.
 */
import { describe, expect, it } from 'vitest';
import { FIGURES } from '$lib/figures/registry';
import { inLocale } from '$lib/i18n';
import { expectSvgSnapshot, fixtureData, renderFigureSvg } from './render';

/** The words an SVG shows: text and accessible names, tags dropped. */
const textOf = (svg: string) =>
	[...svg.matchAll(/>([^<]+)</g)]
		.map((m) => m[1])
		.join(' ')
		.replace(/\s+/g, ' ');

const data = fixtureData();
/** English interface words that a Chinese chart must not show (data names may stay English). */
const ENGLISH_UI =
	/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|active|suspended|cancelled|unknown|Official|Civil|claimed|reported|verified|estimate|students|flights|of 50|events?)\b/;

describe('charts in Chinese', () => {
	for (const entry of FIGURES)
		it(`${entry.id} draws its labels in Chinese`, async () => {
			const svg = inLocale('zh-CN', () => renderFigureSvg(entry, data));
			const text = textOf(svg);
			expect(text).toMatch(/[\u4e00-\u9fff]/);
			expect(text.match(ENGLISH_UI)?.[0], `English interface word in: ${text.slice(0, 400)}`).toBeUndefined();
			// Dates are written the Chinese way wherever a full date is shown.
			expect(text).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
			await expectSvgSnapshot(svg, `${entry.id}.zh-CN`);
		});
});

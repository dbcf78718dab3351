import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';

/** Every page a reader can open, in both languages. */
const PAGES = [
	'/',
	'/channels',
	'/delegations',
	'/engagement',
	'/briefing',
	'/data',
	'/embed/channels-lanes'
];
const LANGUAGES = ['', '/zh-CN'];
/** A small phone, a common phone, a tablet, a laptop. */
const WIDTHS = [360, 390, 768, 1440];

/** What lies outside the viewport horizontally: the page's own overflow, controls, and chart text. */
async function overflow(page: Page) {
	return page.evaluate(() => {
		const vw = window.innerWidth;
		const shown = (el: Element) => {
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && el.closest('[hidden]') === null;
		};
		const outside = (el: Element) => {
			const r = el.getBoundingClientRect();
			return r.left < -1 || r.right > vw + 1;
		};
		// Boxes that scroll on their own (wide tables) may hold content beyond the viewport: they are the fix.
		const scrolls = (el: Element) => {
			for (let p = el.parentElement; p; p = p.parentElement)
				if (/(auto|scroll)/.test(getComputedStyle(p).overflowX) && p !== document.documentElement)
					return true;
			return false;
		};
		const name = (el: Element) =>
			`${el.localName}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
		const controls = [...document.querySelectorAll('button, summary, select, input, a.tool-button')].filter(
			(el) => shown(el) && !scrolls(el)
		);
		return {
			scrollWidth: document.documentElement.scrollWidth,
			viewport: vw,
			controlsOutside: controls.filter(outside).map(name),
			chartTextOutside: [...document.querySelectorAll('svg.chart-svg text')]
				.filter((el) => shown(el) && outside(el))
				.map(name),
			smallTargets: controls
				.filter((el) => !(el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type)))
				.filter((el) => el.getBoundingClientRect().height < 44 - 0.5)
				.map(name)
		};
	});
}

for (const lang of LANGUAGES)
	for (const path of PAGES) {
		const url = `${lang}${path}`.replace(/(.)\/$/, '$1');
		test(`${url} fits 360 to 1440 px: no sideways scroll, every control and chart label on screen`, async ({
			page
		}) => {
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 844 });
				await page.goto(url);
				await waitForHydration(page);
				// Charts lay themselves out again at the measured width after hydration: two frames later.
				await page.evaluate(
					() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
				);
				const o = await overflow(page);
				expect(o.scrollWidth, `${url} at ${width} px scrolls sideways`).toBeLessThanOrEqual(o.viewport);
				expect(o.controlsOutside, `${url} at ${width} px: controls off screen`).toEqual([]);
				expect(o.chartTextOutside, `${url} at ${width} px: chart text off screen`).toEqual([]);
				if (width <= 390)
					expect(o.smallTargets, `${url} at ${width} px: touch targets under 44 px`).toEqual([]);
			}
		});
	}

test('on a 360 px phone the Figure tools wrap under the title and their menus open on screen', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/channels');
	await waitForHydration(page);
	const figure = page.locator('figure.figure').first();
	const title = await figure.locator('.figure-title').boundingBox();
	for (const name of ['Add to briefing', 'Share', 'Export']) {
		const box = (await figure.getByRole('button', { name, exact: true }).boundingBox())!;
		// Under the title, not squeezing it into a column one word wide.
		expect(box.y, `${name} sits under the title`).toBeGreaterThanOrEqual(title!.y + title!.height - 1);
		expect(box.height, `${name} is a 44 px target`).toBeGreaterThanOrEqual(44);
	}
	expect(title!.width, 'the title keeps the Figure width').toBeGreaterThan(250);
	for (const name of ['Share', 'Export']) {
		await figure.getByRole('button', { name, exact: true }).click();
		const panel = figure.locator('.tool-panel:visible');
		await expect(panel).toHaveCount(1);
		const box = (await panel.boundingBox())!;
		expect(box.x, `${name} menu starts on screen`).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, `${name} menu ends on screen`).toBeLessThanOrEqual(360);
		await page.keyboard.press('Escape');
	}
});

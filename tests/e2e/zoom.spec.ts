import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';

/**
 * What each time chart draws outside its plot window once zoomed. The plot is the x range of the chart's
 * time axis line; the marks are everything in the layers that draw along time (`data-plot`). Callouts (the
 * labels of dated rules and key events, set above and below the plot) may use the margins there, but their
 * rules and leader lines stand inside the plot.
 */
async function outsidePlot(page: Page) {
	return page.locator('svg.chart-svg').evaluateAll((svgs) =>
		svgs
			.filter((svg) => svg.querySelector('#axis-x line'))
			.map((svg) => {
				const ctm = (svg as SVGSVGElement).getScreenCTM()!;
				const screenX = (x: number) => new DOMPoint(x, 0).matrixTransform(ctm).x;
				const axis = svg.querySelector('#axis-x line')!;
				const left = screenX(Number(axis.getAttribute('x1')));
				const right = screenX(Number(axis.getAttribute('x2')));
				/** The x span of the clip an element is drawn through, if any. */
				const clipOf = (el: Element): [number, number] | undefined => {
					const g = el.closest('[clip-path]');
					const id = /url\(#(.+)\)/.exec(g?.getAttribute('clip-path') ?? '')?.[1];
					const rect = id ? document.getElementById(id)?.querySelector('rect') : null;
					if (!rect) return undefined;
					const x = Number(rect.getAttribute('x'));
					return [screenX(x), screenX(x + Number(rect.getAttribute('width')))];
				};
				const problems: string[] = [];
				for (const el of svg.querySelectorAll('[data-plot] :is(rect, circle, path, line, text)')) {
					const box = el.getBoundingClientRect();
					if (box.width === 0 && box.height === 0) continue;
					const what = `${svg.id} ${el.closest('[data-plot]')!.id} <${el.localName}> ${el.textContent?.trim().slice(0, 20) ?? ''}`;
					if (box.right < left - 1 || box.left > right + 1) {
						problems.push(
							`${what}: drawn wholly outside the window (${Math.round(box.left)}-${Math.round(box.right)})`
						);
						continue;
					}
					if (box.left >= left - 1 && box.right <= right + 1) continue;
					const callout = el.closest('[data-plot]')!.getAttribute('data-plot') === 'callouts';
					if (callout && el.localName === 'text') {
						const chart = svg.getBoundingClientRect();
						if (box.left >= chart.left - 1 && box.right <= chart.right + 1) continue;
					}
					const clip = clipOf(el);
					if (el.localName === 'text' || !clip)
						problems.push(
							`${what}: runs outside the plot ${Math.round(left)}-${Math.round(right)} unclipped`
						);
					else if (Math.abs(clip[0] - left) > 1 || Math.abs(clip[1] - right) > 1)
						problems.push(`${what}: clipped to ${clip.map(Math.round)}, not to the plot`);
				}
				return { chart: svg.id, problems };
			})
	);
}

for (const path of [
	'/engagement?from=2023-04-15&to=2023-11-20',
	'/channels?from=2023-01-01&to=2023-12-31',
	'/zh-CN/engagement?from=2023-04-15&to=2023-11-20&event=woodside-summit'
])
	test(`${path}: every time chart draws only inside its plot`, async ({ page }) => {
		await page.goto(path);
		await waitForHydration(page);
		await expect(page.locator('.key-event').first()).toBeAttached();
		const charts = await outsidePlot(page);
		expect(charts.length, 'time charts on the page').toBeGreaterThan(1);
		for (const c of charts) expect(c.problems, c.chart).toEqual([]);
	});

test('each chart clips through a clipPath of its own', async ({ page }) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	const ids = await page.locator('svg.chart-svg clipPath').evaluateAll((c) => c.map((e) => e.id));
	expect(ids.length).toBeGreaterThan(3);
	expect(new Set(ids).size, ids.join(', ')).toBe(ids.length);
});

test('a drag that starts on a lane zooms the channels; a click on a lane still shows its detail', async ({
	page
}) => {
	await page.goto('/channels');
	await waitForHydration(page);
	const segment = page.locator('#channels-lanes .segment-suspended').first();
	await segment.scrollIntoViewIfNeeded();
	const b = (await segment.boundingBox())!;
	await page.mouse.move(b.x + 4, b.y + b.height / 2);
	await page.mouse.down();
	await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
	await page.mouse.move(b.x + b.width - 4, b.y + b.height / 2, { steps: 4 });
	await page.mouse.up();
	await expect(page).toHaveURL(/\/channels\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
	// Zoomed, every chart of the view follows, and a bar still shows its tooltip on hover.
	await page.locator('#channels-lanes .segment').first().hover();
	await expect(page.locator('#channels-lanes .tooltip')).toBeVisible();
});

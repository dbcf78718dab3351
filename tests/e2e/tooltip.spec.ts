import { expect, test } from '@playwright/test';
import { chartPages, waitForHydration } from './helpers';

const CONFIDENCE = /^(Verified|Reported|Claimed|Estimate)$/i;

for (const path of chartPages) {
	test(`${path}: every chart's marks show value, date, source and confidence on hover`, async ({ page }) => {
		await page.goto(path);
		await waitForHydration(page);
		const figures = page.locator('figure.figure');
		const n = await figures.count();
		expect(n).toBeGreaterThan(0);
		for (let i = 0; i < n; i++) {
			const figure = figures.nth(i);
			await figure.scrollIntoViewIfNeeded();
			// Hover the first mark whose centre is not covered by another layer (a label, say), as a person would.
			const index = await figure.evaluate((fig) =>
				[...fig.querySelectorAll('svg.chart-svg [tabindex="0"]')].findIndex((el) => {
					const r = el.getBoundingClientRect();
					const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
					return hit !== null && el.contains(hit);
				})
			);
			expect(index, `a hoverable mark in chart ${i} of ${path}`).toBeGreaterThanOrEqual(0);
			const mark = figure.locator('svg.chart-svg [tabindex="0"]').nth(index);
			await mark.hover();
			const tip = figure.locator('.tooltip');
			await expect(tip, `tooltip in chart ${i} of ${path}`).toBeVisible();
			await expect(tip.locator('.tip-title')).not.toBeEmpty();
			await expect(tip.locator('.tip-source')).toContainText(/^Source: \S/);
			await expect(tip.locator('.tip-conf')).toHaveText(CONFIDENCE);
			// The mark's accessible name carries the same facts for screen readers.
			const label = await mark.getAttribute('aria-label');
			expect(label).toContain('source: ');
			// The box stays inside the chart area.
			const box = (await tip.boundingBox())!;
			const area = (await figure.locator('.figure-chart').boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(area.x - 1);
			expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width + 1);
			await page.mouse.move(0, 0);
			await expect(tip).toBeHidden();
		}
	});
}

test('a chart is one tab stop walked with the arrow keys; Enter pins the detail, Escape closes it', async ({
	page
}) => {
	await page.goto('/delegations');
	await waitForHydration(page);
	const figure = page.locator('#delegations-index');
	const marks = figure.locator(`svg.chart-svg [tabindex]`);
	const count = await marks.count();
	expect(count).toBeGreaterThan(3);
	// Only one mark of the chart is in the tab order.
	await expect(figure.locator('svg.chart-svg [tabindex="0"]')).toHaveCount(1);

	// Keyboard only: Tab from the Export button into the chart.
	await figure.getByRole('button', { name: 'Export' }).focus();
	await page.keyboard.press('Tab');
	const tip = figure.locator('.tooltip');
	await expect(tip.locator('.tip-title')).toContainText('1978');
	const live = figure.locator('[aria-live="polite"]');

	await page.keyboard.press('ArrowRight');
	await expect(tip.locator('.tip-title')).toContainText('1979');
	await expect(tip.locator('.tip-value')).toContainText('claimed lower bound');
	await expect(live).toContainText(`2 of ${count}: 1979`);

	await page.keyboard.press('End');
	await expect(live).toContainText(`${count} of ${count}:`);
	await expect(tip.locator('.tip-title')).toContainText('First group of 52 students');

	await page.keyboard.press('Enter');
	await expect(tip).toHaveClass(/pinned/);
	await expect(live).toContainText('Details: First group of 52 students');
	await page.mouse.move(0, 0);
	await expect(tip).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();
	await expect(live).toHaveText('Details closed.');

	await page.keyboard.press('Home');
	await expect(tip.locator('.tip-title')).toContainText('1978');
	// Tab leaves the chart: the next focusable thing after it, not the next mark.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('svg.chart-svg'))).toBeNull();
});

import { expect, test } from '@playwright/test';
import { waitForHydration } from './helpers';

/** Pages of a PDF: its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('a page prints one figure per page, without the site chrome or controls', async ({ page }) => {
	await page.goto('/channels');
	await waitForHydration(page);
	const figures = await page.locator('figure.figure').count();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.figure-tools').first()).toBeHidden();
	await expect(page.locator('figure.figure svg.chart-svg').first()).toBeVisible();
	const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
	// Each figure starts a page: at least one page per figure (long tables may add more).
	expect(pdfPages(pdf)).toBeGreaterThanOrEqual(figures);
	const breaks = await page
		.locator('figure.figure')
		.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
	expect(breaks.every((b) => b === 'page')).toBe(true);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { formatViolations, waitForHydration } from './helpers';

test('every Figure shows its data as a table, with source and confidence for each row', async ({ page }) => {
	await page.goto('/channels');
	await waitForHydration(page);
	const figure = page.locator('#channels-lanes');
	await figure.getByText(/^Show the data \(\d+ rows\)$/).click();
	const table = figure.getByRole('table', { name: /Data behind/ });
	await expect(table).toBeVisible();
	await expect(table.getByRole('columnheader')).toContainText(['channel', 'status', 'source', 'confidence']);
	// One row per drawn status stretch: the lanes' marks.
	const marks = await figure.locator('svg.chart-svg .segment').count();
	await expect(table.locator('tbody tr')).toHaveCount(marks);
	await expect(table).toContainText('Climate change talks');
	const { violations } = await new AxeBuilder({ page }).include('#channels-lanes').analyze();
	expect(violations.length, formatViolations(violations)).toBe(0);
});

test('the chart is described for screen readers by a summary computed from the data', async ({ page }) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	const figure = page.locator('#engagement-counts');
	const describedBy = await figure.getAttribute('aria-describedby');
	expect(describedBy).toBe('engagement-counts-summary');
	await expect(page.locator(`#${describedBy}`)).toHaveText(
		/^The curated log holds \d+ events from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}: \d+ official and \d+ civil\./
	);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { formatViolations, pages, waitForHydration } from './helpers';

test.describe('dark theme (following the system)', () => {
	test.use({ colorScheme: 'dark' });

	for (const path of pages)
		test(`${path} has no axe violations in the dark theme`, async ({ page }) => {
			await page.goto(path);
			await waitForHydration(page);
			const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
			expect(bg).toBe('rgb(18, 20, 22)');
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.length, formatViolations(violations)).toBe(0);
		});
});

test.describe('dark theme with the page controls open', () => {
	test.use({ colorScheme: 'dark' });

	for (const path of [
		'/engagement?track=civil&event=woodside-summit',
		'/channels?category=military',
		'/briefing'
	])
		test(`${path}: filters, event card and deck editor pass axe in the dark theme`, async ({ page }) => {
			await page.goto(path);
			await waitForHydration(page);
			// The explore controls and the deck editor render after hydration.
			await page
				.locator(path.startsWith('/briefing') ? 'ol.slides' : 'fieldset:visible')
				.first()
				.waitFor();
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.length, formatViolations(violations)).toBe(0);
		});
});

test('the theme toggle cycles system, light and dark, and is remembered', async ({ page }) => {
	await page.goto('/channels');
	await waitForHydration(page);
	const toggle = page.getByRole('button', { name: /^Theme:/ });
	await expect(toggle).toHaveText('Theme: as the system');
	await toggle.click();
	await expect(toggle).toHaveText('Theme: light');
	await toggle.click();
	await expect(toggle).toHaveText('Theme: dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await waitForHydration(page);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// Figures stay light paper in the dark theme, so charts keep their colours and contrast.
	const figureBg = await page
		.locator('figure.figure')
		.first()
		.evaluate((f) => getComputedStyle(f).backgroundColor);
	expect(figureBg).toBe('rgb(255, 255, 255)');
});

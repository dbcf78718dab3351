/**
 * Keyboard-only journeys, one per view: no mouse, no element.focus(), only the keys a person presses.
 * Each starts at the top of the page (skip link), reaches the controls and a chart with Tab, walks the chart
 * with the arrows, exports from the keyboard and opens the data table.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails with what had focus if it never does. */
async function tabTo(page: Page, target: Locator, { back = false, max = 150 } = {}) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
	throw new Error(`Tab never reached the target; focus is on ${where}`);
}

/**
 * Focus is visible: the focused element draws an outline or a box shadow, or (a chart mark that keeps its
 * own shape) one of its lines or shapes takes the focus colour.
 */
async function expectVisibleFocus(page: Page) {
	const ring = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const s = getComputedStyle(el);
		const probe = document.createElement('span');
		probe.style.color = 'var(--focus)';
		document.body.append(probe);
		const focusColour = getComputedStyle(probe).color;
		probe.remove();
		const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
		const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
		const stroke = [el, ...el.querySelectorAll('*')].some((e) => getComputedStyle(e).stroke === focusColour);
		return {
			visible: outline || shadow || stroke,
			what: `${el.outerHTML.slice(0, 120)} (outline: ${s.outline})`
		};
	});
	expect(ring.visible, `a visible focus ring on ${ring.what}`).toBe(true);
}

/** From the skip link into the page: the first Tab lands on "Skip to content", Enter moves past the header. */
async function skipToContent(page: Page, name: string | RegExp) {
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name });
	await expect(skip).toBeFocused();
	await expectVisibleFocus(page);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
}

interface Names {
	skip: RegExp;
	exportButton: string;
	svg: RegExp;
	showData: RegExp;
}
const ENGLISH: Names = {
	skip: /Skip to content/,
	exportButton: 'Export',
	svg: /SVG/,
	showData: /Show the data/
};

/** Walks a Figure's chart, exports it as SVG and opens its table, keys only. */
async function figureJourney(page: Page, figure: Locator, names: Names) {
	test.setTimeout(120_000);
	// Into the chart: one tab stop, arrows walk the marks, Enter pins, Escape closes.
	const firstMark = figure.locator('svg.chart-svg [tabindex="0"]');
	await tabTo(page, firstMark);
	await expectVisibleFocus(page);
	const tip = figure.locator('.tooltip');
	await expect(tip).toBeVisible();
	const before = await tip.locator('.tip-title').textContent();
	await page.keyboard.press('End');
	await expect(tip.locator('.tip-title')).not.toHaveText(before ?? '');
	await page.keyboard.press('Enter');
	await expect(tip).toHaveClass(/pinned/);
	await page.keyboard.press('Escape');
	await expect(tip).toBeHidden();

	// Back to the Export button, open the menu, save an SVG, close with Escape.
	const exportButton = figure.getByRole('button', { name: names.exportButton, exact: true });
	await tabTo(page, exportButton, { back: true });
	await expectVisibleFocus(page);
	await page.keyboard.press('Enter');
	await expect(exportButton).toHaveAttribute('aria-expanded', 'true');
	const svgButton = figure.getByRole('button', { name: names.svg });
	await tabTo(page, svgButton);
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(download.suggestedFilename()).toMatch(/\.svg$/);
	await page.keyboard.press('Escape');
	await expect(exportButton).toHaveAttribute('aria-expanded', 'false');
	await expect(exportButton).toBeFocused();

	// The data table behind the chart.
	const showData = figure.locator('summary', { hasText: names.showData });
	await tabTo(page, showData);
	await expectVisibleFocus(page);
	await page.keyboard.press('Enter');
	await expect(figure.locator('details table')).toBeVisible();
	expect(await figure.locator('details table tbody tr').count()).toBeGreaterThan(0);
}

test('keyboard only on /channels: filter the register, walk the lanes, export, read the table', async ({
	page
}) => {
	await page.goto('/channels');
	await waitForHydration(page);
	await skipToContent(page, ENGLISH.skip);

	// A filter checkbox: Space unchecks it and the URL records the view.
	const military = page.getByRole('checkbox', { name: /military/i }).first();
	await tabTo(page, military);
	await expectVisibleFocus(page);
	await expect(military).toBeChecked();
	await page.keyboard.press('Space');
	await expect(military).not.toBeChecked();
	await expect(page).toHaveURL(/category=/);

	await figureJourney(page, page.locator('#channels-lanes'), ENGLISH);
});

test('keyboard only on /delegations: walk the trips, export, read the table', async ({ page }) => {
	await page.goto('/delegations');
	await waitForHydration(page);
	await skipToContent(page, ENGLISH.skip);
	await figureJourney(page, page.locator('#delegations-index'), ENGLISH);
});

test('keyboard only on /engagement: narrow the time window, walk the counts, export, read the table', async ({
	page
}) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	await skipToContent(page, ENGLISH.skip);

	// The time window's date inputs are the keyboard way to zoom: ArrowUp moves the start a month on.
	const from = page.getByRole('group', { name: 'Time window' }).getByLabel('From');
	await tabTo(page, from);
	await expectVisibleFocus(page);
	const start = await from.inputValue();
	await page.keyboard.press('ArrowUp');
	await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/);
	expect(await from.inputValue()).not.toBe(start);

	await figureJourney(page, page.locator('#engagement-counts'), ENGLISH);
});

test('keyboard only in Chinese: switch language, then walk, export and read a table on /zh-CN/engagement', async ({
	page
}) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	const switchLink = page.getByRole('link', { name: 'Read this page in Chinese' });
	await tabTo(page, switchLink);
	await expectVisibleFocus(page);
	await Promise.all([page.waitForURL('**/zh-CN/engagement'), page.keyboard.press('Enter')]);
	await waitForHydration(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await skipToContent(page, /跳到正文/);
	await figureJourney(page, page.locator('#engagement-counts'), {
		skip: /跳到正文/,
		exportButton: '导出',
		svg: /SVG/,
		showData: /显示数据/
	});
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatViolations, waitForHydration } from './helpers';

const notes = (page: Page, id: string) => page.locator(`#${id} .figure-note`);
const lanesLabel = (page: Page) => page.locator('#engagement-tracks svg.chart-svg').first();

test('filter, search and zoom /engagement; reload, back and a fresh browser keep the view', async ({
	page,
	browser
}) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	const total = await page.locator('#event-table-title ~ .table-wrap tbody tr').count();
	expect(total).toBeGreaterThan(20);

	// Filter: the civil track only, by keyboard.
	const official = page
		.getByRole('group', { name: 'Filter the events' })
		.getByRole('checkbox', { name: 'Official' });
	await official.focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/[?&]track=civil(&|$)/);
	await expect(official).not.toBeChecked();
	await expect(notes(page, 'engagement-tracks').first()).toHaveText(
		/^Filtered: civil track only; \d+ of \d+ events shown\.$/
	);
	await expect(lanesLabel(page)).toHaveAttribute('aria-label', /: 0 official, \d+ civil/);
	const civilRows = await page.locator('#event-table-title ~ .table-wrap tbody tr').count();
	expect(civilRows).toBeLessThan(total);
	await expect(page.locator('#event-table-title ~ .table-wrap tbody td.track-official')).toHaveCount(0);

	// Search, in Chinese: one step of history for the whole search.
	const search = page.getByLabel('Search the events (English or 中文)');
	await search.pressSequentially('进口博览');
	await search.press('Enter');
	await expect(page).toHaveURL(/q=%E8%BF%9B%E5%8F%A3/);
	await expect(page.locator('#event-table-title ~ .table-wrap tbody tr')).toHaveCount(1);
	await expect(page.locator('#event-search-count')).toHaveText(/^1 of \d+ events$/);

	// Clear the search (one more step), then zoom with the date inputs.
	await search.fill('');
	await search.press('Enter');
	await expect(page).not.toHaveURL(/q=/);
	const win = page.getByRole('group', { name: 'Time window' });
	await win.getByLabel('From').fill('2023-01-01');
	await expect(page).toHaveURL(/from=2023-01-01&track=civil$/);
	await win.getByLabel('To').fill('2023-12-31');
	await expect(page).toHaveURL(/from=2023-01-01&to=2023-12-31/);
	await expect(page.locator('#engagement-counts .figure-subtitle')).toHaveText(/2023 Q1 to 2023 Q4/);
	const zoomed = page.url();

	// Reload: the same view.
	await page.reload();
	await waitForHydration(page);
	await expect(page.getByRole('checkbox', { name: 'Official' })).not.toBeChecked();
	await expect(page.locator('#engagement-counts .figure-subtitle')).toHaveText(/2023 Q1 to 2023 Q4/);
	await expect(notes(page, 'engagement-counts').first()).toHaveText(/^Filtered: civil track only;/);

	// Back: before the "to" date was set; back again: before "from".
	await page.goBack();
	await expect(page).toHaveURL(/from=2023-01-01&track=civil$/);
	await expect(page.locator('#engagement-counts .figure-subtitle')).toHaveText(/2023 Q1 to 2024 Q4/);
	await page.goForward();
	await expect(page).toHaveURL(zoomed);

	// Reset the zoom.
	await page.getByRole('button', { name: 'Reset zoom' }).click();
	await expect(page).not.toHaveURL(/from=/);
	await expect(page.locator('#engagement-counts .figure-subtitle')).toHaveText(/2022 Q3 to 2024 Q4/);

	// A fresh browser with the copied link shows the same view.
	const context = await browser.newContext();
	const fresh = await context.newPage();
	await fresh.goto(zoomed);
	await waitForHydration(fresh);
	await expect(fresh.getByRole('checkbox', { name: 'Official' })).not.toBeChecked();
	await expect(fresh.getByRole('group', { name: 'Time window' }).getByLabel('From')).toHaveValue(
		'2023-01-01'
	);
	await expect(fresh.locator('#engagement-counts .figure-subtitle')).toHaveText(/2023 Q1 to 2023 Q4/);
	await expect(fresh.locator('#engagement-tracks svg.chart-svg').first()).toHaveAttribute(
		'aria-label',
		/: 0 official, \d+ civil/
	);
	await context.close();
});

test('/channels filters the register by category and status, with a note on each Figure', async ({
	page
}) => {
	await page.goto('/channels');
	await waitForHydration(page);
	const lanes = page.locator('#channels-lanes .figure-subtitle');
	await expect(lanes).toHaveText(/The 15 government channels/);
	const group = page.getByRole('group', { name: 'Filter the named channels' });
	await group.getByRole('checkbox', { name: 'Unknown' }).uncheck();
	await group.getByRole('checkbox', { name: 'Not yet created' }).uncheck();
	await group.getByRole('checkbox', { name: 'Military' }).uncheck();
	await expect(page).toHaveURL(/category=.*&status=active%2Csuspended/);
	await expect(lanes).not.toHaveText(/The 15 government/);
	await expect(notes(page, 'channels-lanes').first()).toHaveText(
		/^Filtered: categories: .*; channels ever active, suspended; \d+ of 15 channels shown\.$/
	);
	await expect(notes(page, 'channels-count').first()).toHaveText(/^Filtered: /);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).toHaveURL(/\/channels$/);
	await expect(lanes).toHaveText(/The 15 government channels/);
	await page.goBack();
	await expect(notes(page, 'channels-lanes').first()).toHaveText(/^Filtered: /);
});

test('the view state goes into an embed and into a briefing slide', async ({ page }) => {
	await page.goto('/embed/engagement-counts?track=official&from=2023-01-01&to=2023-12-31');
	await waitForHydration(page);
	await expect(page.locator('#engagement-counts .figure-subtitle')).toHaveText(/2023 Q1 to 2023 Q4/);
	await expect(notes(page, 'engagement-counts').first()).toHaveText(/^Filtered: official track only;/);

	await page.goto('/engagement?event=woodside-summit&track=official&from=2023-01-01&to=2023-12-31');
	await waitForHydration(page);
	const figure = page.locator('figure#engagement-counts');
	await figure.getByRole('button', { name: 'Add to briefing' }).click();
	const added = await figure.getByRole('status').textContent();
	const n = /slide (\d+)/.exec(added ?? '')?.[1];
	expect(n, added ?? '').toBeDefined();
	await page.goto(`/briefing/present#${n}`);
	await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached', timeout: 15_000 });
	await expect(page.locator('#engagement-counts .figure-subtitle').first()).toHaveText(/2023 Q1 to 2023 Q4/);
	await expect(notes(page, 'engagement-counts').first()).toHaveText(/^Filtered: official track only;/);
	await expect(
		page.locator('#engagement-counts .key-event.chosen[data-event-id="woodside-summit"]').first()
	).toBeAttached();
});

test('the event layer: choose a key event on one chart, see it highlighted on every time chart and on /channels', async ({
	page
}) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	const rules = page.locator('#engagement-counts .key-event');
	await expect(rules.first()).toBeAttached();
	const woodside = page.locator('#engagement-counts .key-event[data-event-id="woodside-summit"] path');
	await woodside.click();
	await expect(page).toHaveURL(/[?&]event=woodside-summit/);
	for (const id of ['engagement-tracks', 'engagement-counts', 'engagement-people']) {
		await expect(
			page.locator(`#${id} .key-event.chosen[data-event-id="woodside-summit"]`).first(),
			id
		).toBeAttached();
	}
	await expect(page.locator('#event-table-title ~ .table-wrap tr[aria-current="true"]')).toContainText(
		'Xi-Biden summit at Woodside'
	);
	const card = page.getByRole('region', { name: 'Xi-Biden summit at Woodside' });
	await expect(card).toContainText('15 Nov 2023');
	await expect(card).toContainText('Official');
	await expect(card).toContainText('Verified');

	// By keyboard: walk the counts chart to another key event and press Enter.
	await page.locator('#engagement-counts .key-event[data-event-id="xi-meets-bill-gates"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]event=xi-meets-bill-gates/);
	const gates = page.getByRole('region', { name: 'Xi meets Bill Gates' });
	await expect(gates).toContainText('The article’s version');

	// Another view: the same event chosen there.
	await gates.getByRole('link', { name: 'See it on the channels view' }).click();
	await expect(page).toHaveURL(/\/channels\?event=xi-meets-bill-gates/);
	await expect(
		page.locator('#channels-lanes .key-event.chosen[data-event-id="xi-meets-bill-gates"]')
	).toBeAttached();
	await expect(
		page.locator('#channels-count .key-event.chosen[data-event-id="xi-meets-bill-gates"]')
	).toBeAttached();
	await expect(page.getByRole('region', { name: 'Xi meets Bill Gates' })).toBeVisible();

	// Back on /engagement, then the layer off: no rules, in the URL.
	await page.goBack();
	await expect(page).toHaveURL(/\/engagement\?event=xi-meets-bill-gates/);
	await page.getByRole('checkbox', { name: 'Draw the key events on the time charts' }).uncheck();
	await expect(page).toHaveURL(/events=off/);
	await expect(page.locator('.key-event')).toHaveCount(0);
	await page.reload();
	await waitForHydration(page);
	await expect(page.locator('.key-event')).toHaveCount(0);
	await expect(
		page.getByRole('checkbox', { name: 'Draw the key events on the time charts' })
	).not.toBeChecked();
});

test('brushing a window on a timeline zooms the charts of its view in one history step', async ({ page }) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	const area = page.locator('#engagement-tracks .brush-area');
	await area.scrollIntoViewIfNeeded();
	const box = (await area.boundingBox())!;
	// Drag along the axis strip at the bottom, from about a third to about two thirds of the span.
	const y = box.y + box.height - 8;
	await page.mouse.move(box.x + box.width / 3, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2, y, { steps: 4 });
	await page.mouse.move(box.x + (2 * box.width) / 3, y, { steps: 4 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=2023-\d\d-\d\d&to=20(23|24)-\d\d-\d\d/);
	await expect(page.locator('#engagement-counts .figure-subtitle')).not.toHaveText(/2022 Q3 to 2024 Q4/);
	await expect(page.getByRole('group', { name: 'Time window' }).getByLabel('From')).toHaveValue(/^2023-/);
	await page.goBack();
	await expect(page).toHaveURL(/\/engagement$/);
	await expect(page.locator('#engagement-counts .figure-subtitle')).toHaveText(/2022 Q3 to 2024 Q4/);

	await page.goto('/channels');
	await waitForHydration(page);
	const lanes = page.locator('#channels-lanes .brush-area');
	await lanes.scrollIntoViewIfNeeded();
	const b = (await lanes.boundingBox())!;
	await page.mouse.move(b.x + b.width / 2, b.y + b.height - 6);
	await page.mouse.down();
	await page.mouse.move(b.x + b.width - 2, b.y + b.height - 6, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/\/channels\?from=2023-\d\d-\d\d&to=2024-12-\d\d/);
	await expect(page.locator('#channels-count .figure-subtitle')).toBeVisible();
	await page.getByRole('button', { name: 'Reset zoom' }).click();
	await expect(page).toHaveURL(/\/channels$/);
});

for (const path of [
	'/engagement?track=civil&confidence=verified&from=2023-01-01&event=xi-meets-bill-gates',
	'/channels?category=military&status=active&event=woodside-summit',
	'/embed/engagement-counts?event=woodside-summit'
]) {
	test(`${path}: the controls, the chosen event and its card have no axe violations`, async ({ page }) => {
		await page.goto(path);
		await waitForHydration(page);
		await expect(page.locator('.key-event.chosen').first()).toBeAttached();
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.length, formatViolations(violations)).toBe(0);
	});
}

test('the register table on /channels follows the filters', async ({ page }) => {
	await page.goto('/channels');
	await waitForHydration(page);
	const rows = page.locator('section[aria-labelledby="register-heading"] tbody tr');
	const all = await rows.count();
	await page.goto('/channels?category=military');
	await waitForHydration(page);
	await expect.poll(() => rows.count()).toBeLessThan(all);
	await expect(page.locator('section[aria-labelledby="register-heading"]')).toContainText('Filtered:');
	await expect(page.locator('section[aria-labelledby="register-heading"] tbody')).not.toContainText(
		'Climate change talks'
	);
});

test('Add to briefing keeps the chosen event and the layer toggle from any time chart', async ({ page }) => {
	await page.goto('/channels?event=woodside-summit');
	await waitForHydration(page);
	await page.evaluate(() => localStorage.clear());
	const lanes = page.locator('#channels-lanes');
	await lanes.getByRole('button', { name: 'Add to briefing' }).click();
	await expect(lanes.getByRole('status')).toContainText('Added as slide');
	await page.goto('/engagement?events=off');
	await waitForHydration(page);
	const people = page.locator('#engagement-people');
	await people.getByRole('button', { name: 'Add to briefing' }).click();
	await expect(people.getByRole('status')).toContainText('Added as slide');
	const states = await page.evaluate(() =>
		JSON.parse(localStorage.getItem('us-china-channels:briefing-deck')!).slides.map(
			(s: { chart: { state: unknown } }) => s.chart.state
		)
	);
	expect(states.slice(-2)).toEqual([{ event: 'woodside-summit' }, { events: 'off' }]);
});

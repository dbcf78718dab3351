import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	CHART,
	MIN_MARKS_PER_PAGE,
	cspDirectives,
	cspFromHtml,
	foreignRequests,
	formatViolations,
	inlineScriptHashes,
	marksPerChart,
	pages,
	waitForHydration,
	watch
} from './helpers';

async function open(page: Page, path: string): Promise<void> {
	const response = await page.goto(path);
	expect(response?.status(), `GET ${path}`).toBe(200);
}

/** Charts with drawn marks and a real size; on /data a table and working CSV downloads. */
async function expectContent(page: Page, path: string): Promise<void> {
	if (path === '/data') {
		expect(await page.locator('table').count(), 'tables on /data').toBeGreaterThan(0);
		const hrefs = await page
			.locator('a[download][href$=".csv"]')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.length, 'CSV download links on /data').toBeGreaterThan(0);
		for (const href of new Set(hrefs)) {
			const res = await page.request.get(href);
			expect(res.status(), `GET ${href}`).toBe(200);
			expect((await res.body()).length, `${href} is empty`).toBeGreaterThan(0);
		}
		return;
	}
	const charts = page.locator(CHART);
	expect(await charts.count(), `charts on ${path}`).toBeGreaterThan(0);
	const marks = await marksPerChart(charts);
	expect(Math.min(...marks), `drawn marks per chart ${JSON.stringify(marks)}`).toBeGreaterThan(0);
	expect(
		marks.reduce((a, b) => a + b, 0),
		'drawn marks on the page'
	).toBeGreaterThanOrEqual(MIN_MARKS_PER_PAGE);
	// A blocked inline style collapses a chart to zero height while its marks stay in the DOM.
	const box = await charts.first().boundingBox();
	expect(box?.width, 'first chart width').toBeGreaterThan(0);
	expect(box?.height, 'first chart height').toBeGreaterThan(0);
}

for (const path of pages) {
	test.describe(`page ${path}`, () => {
		test('renders its content after hydration', async ({ page }) => {
			await open(page, path);
			await waitForHydration(page);
			await expectContent(page, path);
		});

		test('logs no console or page errors through hydration', async ({ page }) => {
			const { errors } = watch(page);
			await open(page, path);
			// An error is the likeliest reason hydration never finishes, so report errors first.
			const hydrated = await waitForHydration(page).then(
				() => true,
				() => false
			);
			await page.waitForLoadState('networkidle');
			expect(errors).toEqual([]);
			expect(hydrated, 'hydrated').toBe(true);
		});

		test('requests nothing from another origin', async ({ page, baseURL }) => {
			if (!baseURL) throw new Error('baseURL is not configured');
			const { requests } = watch(page);
			await open(page, path);
			await waitForHydration(page);
			await page.waitForLoadState('networkidle');
			expect(foreignRequests(requests, baseURL)).toEqual([]);
		});

		test('has no axe violations', async ({ page }) => {
			await open(page, path);
			await waitForHydration(page);
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.length, formatViolations(violations)).toBe(0);
		});

		test('serves a CSP that allows only its own and hashed scripts', async ({ request }) => {
			const response = await request.get(path);
			expect(response.status()).toBe(200);
			const html = await response.text();
			const csp = cspFromHtml(html);
			expect(csp, 'CSP <meta> in the served HTML').toBeDefined();
			expect(csp).toContain("script-src 'self'");
			expect(csp).not.toContain('unsafe-eval');
			const scriptSrc = cspDirectives(csp ?? '').get('script-src') ?? [];
			expect(scriptSrc).not.toContain("'unsafe-inline'");
			for (const hash of inlineScriptHashes(html)) expect(scriptSrc, 'inline script hash').toContain(hash);
		});
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of pages) {
		test(`${path} is fully rendered by the server`, async ({ page }) => {
			await open(page, path);
			await expectContent(page, path);
		});
	}
});

/**
 * The Chinese dashboard: every page under /zh-CN/ is served in Chinese (lang, text, dates), passes axe in
 * both themes, keeps the view when switching language, and exports Chinese (and bilingual) files.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { formatViolations, pages, waitForHydration } from './helpers';

const CJK = /[\u4e00-\u9fff]/;
const zh = (path: string) => (path === '/' ? '/zh-CN' : `/zh-CN${path}`);
const zhPages = [...pages, '/briefing'].map(zh);

/**
 * Interface text that is not Chinese on a Chinese page: the names of buttons, links, headings, legends,
 * labels and table headers without a Chinese character. Data shown in English (marked lang="en"), format
 * names and numbers are allowed.
 */
async function untranslated(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const allowed =
			/^(SVG|PNG|CSV|PowerPoint|PPTX|JSON|English|GDELT|ICEWS|[\d\s.,:x×%–-]*|[A-Z]{2,5}|@?\d+x)$/;
		const cjk = /[\u4e00-\u9fff]/;
		const out: string[] = [];
		const selector =
			'button, a, h1, h2, h3, legend, label, th, summary, caption, figcaption, option, [role="status"]';
		for (const el of document.querySelectorAll<HTMLElement>(selector)) {
			if (el.closest('[lang="en"], [hidden], .visually-hidden, [aria-hidden="true"]')) continue;
			if (el.closest('td')) continue;
			const text = (el.getAttribute('aria-label') ?? el.innerText ?? '').trim().replace(/\s+/g, ' ');
			if (!text || cjk.test(text) || allowed.test(text)) continue;
			out.push(`${el.localName}: ${text.slice(0, 80)}`);
		}
		return [...new Set(out)];
	});
}

for (const path of zhPages) {
	test.describe(`Chinese page ${path}`, () => {
		test('is served in Chinese: lang, navigation, headings and controls', async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await waitForHydration(page);
			await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
			await expect(page.locator('h1, h2').first()).toContainText(CJK);
			expect(await untranslated(page)).toEqual([]);
		});

		for (const colorScheme of ['light', 'dark'] as const)
			test(`has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				await waitForHydration(page);
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(violations.length, formatViolations(violations)).toBe(0);
			});
	});
}

test('Chinese pages link to Chinese pages, and dates are written the Chinese way', async ({ page }) => {
	await page.goto('/zh-CN/engagement');
	await waitForHydration(page);
	const hrefs = await page
		.locator('header nav a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(3);
	for (const href of hrefs) expect(href).toMatch(/^\/zh-CN(\/|$)/);
	// Axis ticks and the summaries carry 年/月 dates.
	await expect(page.locator('figure.figure').first()).toContainText(/\d{4}年\d{1,2}月/);
});

test('switching language keeps the view (filters, chosen event) and switching back restores English', async ({
	page
}) => {
	await page.goto('/channels?category=military&event=woodside-summit');
	await waitForHydration(page);
	await page.getByRole('link', { name: 'Read this page in Chinese' }).click();
	await page.waitForURL('**/zh-CN/channels?category=military&event=woodside-summit');
	await waitForHydration(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	// The filter still applies: the military box alone is checked in its fieldset.
	await expect(page.locator('figure.figure').first()).toBeVisible();
	expect(page.url()).toContain('category=military');
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await page.waitForURL(/\/channels\?category=military&event=woodside-summit$/);
	await waitForHydration(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the Chinese share link and embed code keep the language', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/zh-CN/delegations');
	await waitForHydration(page);
	const figure = page.locator('#delegations-index');
	await figure.getByRole('button', { name: '分享', exact: true }).click();
	await figure.getByRole('button', { name: /链接/ }).click();
	await expect(figure.getByRole('status')).toContainText(/已复制/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		`${baseURL}/zh-CN/delegations#delegations-index`
	);
	await figure.getByRole('button', { name: /嵌入/ }).click();
	const code = await page.evaluate(() => navigator.clipboard.readText());
	expect(code).toContain(`<iframe src="${baseURL}/zh-CN/embed/delegations-index"`);
	// The embed it points at exists and is Chinese.
	await page.goto('/zh-CN/embed/delegations-index');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

async function download(page: Page, figure: Locator, format: RegExp, language?: RegExp) {
	const menu = figure.getByRole('button', { name: /^(Export|导出)$/ });
	if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
	if (language) await figure.getByRole('radio', { name: language }).check();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: format }).click()
	]);
	return readFileSync((await file.path())!);
}

test('exports from a Chinese page are in Chinese, with the Chinese font embedded', async ({ page }) => {
	await page.goto('/zh-CN/engagement');
	await waitForHydration(page);
	const figure = page.locator('#engagement-counts');
	const title = (await figure.locator('h2, h3').first().innerText()).trim();
	expect(title).toMatch(CJK);

	const svg = (await download(page, figure, /SVG/)).toString('utf8');
	expect(svg).toContain(title);
	expect(svg).toMatch(/@font-face\{font-family:'Noto Sans SC'/);
	expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)|@import/);
	expect(svg).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);

	const pptx = unzipSync(new Uint8Array(await download(page, figure, /PowerPoint/)));
	const slide = strFromU8(pptx['ppt/slides/slide1.xml']);
	expect(slide).toContain(title);
	expect(slide).toContain('typeface="Noto Sans SC"');
	// The Chinese font travels with the file (EOT, as PowerPoint embeds fonts).
	expect(strFromU8(pptx['ppt/presentation.xml'])).toContain('<p:embeddedFontLst>');
	const eot = pptx['ppt/fonts/font1.fntdata'];
	expect(eot.length).toBeGreaterThan(10_000);
	expect(new DataView(eot.buffer, eot.byteOffset).getUint16(34, true)).toBe(0x504c);
});

test('a bilingual export carries the English and the Chinese title', async ({ page }) => {
	await page.goto('/engagement');
	await waitForHydration(page);
	const figure = page.locator('#engagement-counts');
	const english = (await figure.locator('h2, h3').first().innerText()).trim();
	const svg = (await download(page, figure, /SVG/, /English and Chinese|中英/)).toString('utf8');
	expect(svg).toContain(english);
	expect(svg).toMatch(/<g id="title-zh"[^>]*>.*[\u4e00-\u9fff]/);
});

// Export timings for `npm run bench`: SVG, PNG 4x and PowerPoint of one chart per view, timed from the
// click in the Export menu to the file being handed to the browser (median of the runs), in headless Chromium.

const EN = { menu: 'Export', size: 'Size', scale: 'PNG scale' };
const CASES = [
	{ path: '/channels', figure: 'channels-lanes', names: EN },
	{ path: '/delegations', figure: 'delegations-index', names: EN },
	{ path: '/engagement', figure: 'engagement-counts', names: EN },
	// Chinese: the PowerPoint embeds the Chinese font (fetched once, in the warm-up).
	{
		path: '/zh-CN/engagement',
		figure: 'engagement-counts',
		names: { menu: '导出', size: '尺寸', scale: 'PNG倍率' }
	}
];
const FORMATS = [
	{ name: 'SVG', button: /SVG/, scale: '1' },
	{ name: 'PNG 4x', button: /PNG/, scale: '4' },
	{ name: 'PPTX', button: /PowerPoint/, scale: '1' }
];

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** @param {{ baseURL: string, browser: import('@playwright/test').Browser, runs: number }} ctx */
export async function exportSection(ctx) {
	const runs = Math.max(1, Math.min(ctx.runs, 5));
	const rows = [];
	for (const { path, figure, names } of CASES) {
		const context = await ctx.browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(ctx.baseURL + path);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		const fig = page.locator(`#${figure}`);
		await fig.getByRole('button', { name: names.menu, exact: true }).click();
		await fig.getByLabel(names.size).selectOption('slide-16x9');
		/** @type {Record<string, string | number | null>} */
		const row = { chart: path.startsWith('/zh-CN') ? `${figure} (zh-CN)` : figure, preset: 'slide-16x9' };
		for (const format of FORMATS) {
			await fig.getByLabel(names.scale).selectOption(format.scale);
			const times = [];
			// One warm-up (loads the export code, fonts and pptxgenjs), then the timed runs.
			for (let i = 0; i <= runs; i++) {
				const started = Date.now();
				const [download] = await Promise.all([
					page.waitForEvent('download', { timeout: 60_000 }),
					fig.getByRole('button', { name: format.button }).click()
				]);
				await download.path();
				if (i > 0) times.push(Date.now() - started);
			}
			row[`${format.name} ms`] = median(times);
		}
		rows.push(row);
		await context.close();
	}
	return {
		title: `exports (median of ${runs} runs after a warm-up; click to file, slide 16:9, PNG 4x = 7680 x 4320)`,
		rows
	};
}

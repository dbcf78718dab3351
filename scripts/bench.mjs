// Benchmarks of the built site: `npm run bench [-- --no-build] [-- --runs N]`.
// Prints a table per section and writes everything to bench-results/bench.json.
// To add a benchmark (exports, ingest, ...), write an async function taking the context and add it to `sections`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { exportSection } from './bench-export.mjs';
import { generateGdelt } from './gen-gdelt.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, 'build');
const OUT = join(ROOT, 'bench-results', 'bench.json');
const HYDRATION_TIMEOUT = 15_000;
const CHART = 'figure.figure svg.chart-svg';

/** Pages, and the element whose appearance means the page's content is drawn. */
const PAGES = [
	{ path: '/', drawn: CHART },
	{ path: '/channels', drawn: CHART },
	{ path: '/delegations', drawn: CHART },
	{ path: '/engagement', drawn: CHART },
	{ path: '/data', drawn: 'table' },
	{ path: '/zh-CN/channels', drawn: CHART },
	{ path: '/zh-CN/engagement', drawn: CHART }
];

/**
 * @typedef {{ baseURL: string, browser: import('@playwright/test').Browser, runs: number }} Context
 * @typedef {Record<string, string | number | null>} Row
 * @typedef {{ title: string, note?: string, rows: Row[], samples?: unknown }} Section
 * @type {Array<(ctx: Context) => Promise<Section>>}
 */
const sections = [pagesSection, exportSection, ingestSection];

const TYPES = /** @type {Record<string, string>} */ ({
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.webmanifest': 'application/manifest+json'
});

/** The file adapter-static wrote for a URL path (`/channels` -> channels.html), or null. */
function fileFor(/** @type {string} */ urlPath) {
	const file = join(BUILD, decodeURIComponent(urlPath));
	if (file !== BUILD && !file.startsWith(BUILD + sep)) return null;
	const isFile = (/** @type {string} */ f) => existsSync(f) && statSync(f).isFile();
	for (const candidate of [file, join(file, 'index.html'), `${file.replace(/\/$/, '')}.html`]) {
		if (isFile(candidate)) return candidate;
	}
	return null;
}

/** A static server over build/ on a free port. */
async function serve() {
	const server = createServer(async (req, res) => {
		try {
			const file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
			if (!file) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
				return;
			}
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(await readFile(file));
		} catch (err) {
			res.writeHead(400, { 'content-type': 'text/plain' }).end(String(err));
		}
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', () => done(null)));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	return { server, baseURL: `http://127.0.0.1:${address.port}` };
}

/** Records performance.now() when the drawn element and data-hydrated first appear. Runs before page scripts. */
function recordMarks(/** @type {string} */ drawnSelector) {
	const marks = { drawn: /** @type {number | null} */ (null), hydrated: /** @type {number | null} */ (null) };
	Object.assign(window, { __bench: marks });
	const check = () => {
		if (marks.drawn === null && document.querySelector(drawnSelector)) marks.drawn = performance.now();
		if (marks.hydrated === null && document.documentElement?.dataset.hydrated === 'true') {
			marks.hydrated = performance.now();
		}
		if (marks.drawn !== null && marks.hydrated !== null) observer.disconnect();
	};
	const observer = new MutationObserver(check);
	observer.observe(document, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['data-hydrated']
	});
	check();
}

/** One cold load: timings, and the URLs of the scripts fetched before hydration. */
async function loadOnce(/** @type {Context} */ ctx, /** @type {(typeof PAGES)[number]} */ { path, drawn }) {
	const context = await ctx.browser.newContext();
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await page.addInitScript(recordMarks, drawn);
		await page.goto(ctx.baseURL + path);
		try {
			await page.waitForFunction(() => Reflect.get(window, '__bench').hydrated !== null, null, {
				timeout: HYDRATION_TIMEOUT
			});
		} catch {
			throw new Error(
				`${path} never hydrated (no data-hydrated="true" within ${HYDRATION_TIMEOUT / 1000} s)`
			);
		}
		return await page.evaluate(() => {
			const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
			/** @type {{ drawn: number | null, hydrated: number }} */
			const { drawn, hydrated } = Reflect.get(window, '__bench');
			// Resource timing rather than request events: it tells exactly which fetches started before hydration.
			const scripts = performance
				.getEntriesByType('resource')
				.filter((e) => e.startTime <= hydrated && /\.m?js$/.test(new URL(e.name).pathname))
				.map((e) => e.name);
			return { timings: { dcl: nav.domContentLoadedEventEnd, drawn, hydrated }, scripts };
		});
	} finally {
		await context.close();
	}
}

function median(/** @type {(number | null)[]} */ values) {
	const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const gz = (/** @type {Buffer} */ buf) => gzipSync(buf).length;
const round = (/** @type {number | null} */ ms) => (ms === null ? null : Math.round(ms));

/** @param {Context} ctx @returns {Promise<Section>} */
async function pagesSection(ctx) {
	const rows = [];
	/** @type {Record<string, unknown>} */
	const samples = {};
	for (const page of PAGES) {
		const htmlFile = fileFor(page.path);
		if (!htmlFile) throw new Error(`no built HTML for ${page.path}`);
		const html = await readFile(htmlFile);
		/** @type {Awaited<ReturnType<typeof loadOnce>>[]} */
		const loads = [];
		for (let i = 0; i < ctx.runs; i++) loads.push(await loadOnce(ctx, page));
		let jsRaw = 0;
		let jsGz = 0;
		for (const url of loads[0].scripts) {
			const file = fileFor(new URL(url).pathname);
			if (!file) throw new Error(`${page.path} requested a script not in build/: ${url}`);
			const body = await readFile(file);
			jsRaw += body.length;
			jsGz += gz(body);
		}
		const pick = (/** @type {'dcl' | 'drawn' | 'hydrated'} */ key) =>
			round(median(loads.map((l) => l.timings[key])));
		rows.push({
			page: page.path,
			'html B': html.length,
			'html gz B': gz(html),
			'js files': loads[0].scripts.length,
			'js B': jsRaw,
			'js gz B': jsGz,
			'dcl ms': pick('dcl'),
			'drawn ms': pick('drawn'),
			'hydrated ms': pick('hydrated')
		});
		samples[page.path] = { scripts: loads[0].scripts, timings: loads.map((l) => l.timings) };
	}
	return {
		title: 'pages',
		note: `median of ${ctx.runs} cold loads; drawn = first ${CHART} (table on /data); js = scripts fetched before hydration, each gzipped`,
		rows,
		samples
	};
}

/**
 * Event-data ingest on SYNTHETIC GDELT-format files (scripts/gen-gdelt.mjs, seeded, in a temp dir): the Node
 * command's throughput and peak memory (maxRSS of its process), and the browser worker's throughput on the
 * built /engagement page (time from choosing the file to the import summary).
 * @param {Context} ctx @returns {Promise<Section>}
 */
async function ingestSection(ctx) {
	const rows = [];
	for (const n of [100_000, 1_000_000]) {
		const file = await generateGdelt(n, { seed: 1 });
		const node = spawnSync(
			'node',
			[join(ROOT, 'scripts/ingest.mjs'), file, '--quiet', '--stats', '--out', `${file}.monthly.csv`],
			{
				cwd: ROOT,
				encoding: 'utf8'
			}
		);
		if (node.status !== 0) throw new Error(`ingest failed on ${file}: ${node.stderr}`);
		const stats = JSON.parse(node.stderr.trim().split('\n').at(-1) ?? '{}');
		const context = await ctx.browser.newContext();
		let browserSeconds = null;
		try {
			const page = await context.newPage();
			await page.goto(`${ctx.baseURL}/engagement`);
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			const started = performance.now();
			await page.getByRole('button', { name: /^Import data/ }).setInputFiles(file);
			await page.getByText(/^Imported synthetic-/).waitFor({ timeout: 120_000 });
			browserSeconds = (performance.now() - started) / 1000;
		} finally {
			await context.close();
		}
		rows.push({
			rows: n,
			'file MB': Math.round(statSync(file).size / 1e5) / 10,
			'node rows/s': Math.round(stats.rows / stats.seconds),
			'node peak RSS MB': Math.round(stats.maxRssMB),
			'browser s': Math.round(browserSeconds * 100) / 100,
			'browser rows/s': Math.round(n / browserSeconds)
		});
	}
	return {
		title: 'ingest',
		note: 'synthetic GDELT 2.0-format files (seeded, never shipped); node = npm run ingest, browser = worker on /engagement incl. file pick to summary',
		rows
	};
}

function printTable(/** @type {Section} */ { title, note, rows }) {
	console.log(`\n${title}${note ? ` (${note})` : ''}`);
	if (rows.length === 0) return;
	const columns = Object.keys(rows[0]);
	const cells = [columns, ...rows.map((row) => columns.map((c) => String(row[c] ?? '-')))];
	const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
	for (const line of cells) {
		console.log(
			line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
		);
	}
}

async function main() {
	const { values } = parseArgs({
		options: { 'no-build': { type: 'boolean', default: false }, runs: { type: 'string', default: '7' } }
	});
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1)
		throw new Error(`--runs must be a positive integer, got ${values.runs}`);

	if (!values['no-build']) {
		// Build output goes to stderr so stdout is only the results.
		const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
		if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
	}
	if (!existsSync(join(BUILD, 'index.html')))
		throw new Error('build/index.html is missing: run without --no-build');

	const { server, baseURL } = await serve();
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		const ctx = { baseURL, browser, runs };
		/** @type {Record<string, Section>} */
		const results = {};
		for (const section of sections) {
			const result = await section(ctx);
			printTable(result);
			results[result.title] = result;
		}
		await mkdir(join(ROOT, 'bench-results'), { recursive: true });
		const meta = { date: new Date().toISOString(), node: process.version, chromium: browser.version(), runs };
		await writeFile(OUT, JSON.stringify({ ...meta, sections: results }, null, '\t') + '\n');
		console.log(`\nwrote ${OUT}`);
	} finally {
		await browser.close();
		server.close();
	}
}

main().catch((err) => {
	console.error(`bench: ${err instanceof Error ? err.message : err}`);
	process.exit(1);
});

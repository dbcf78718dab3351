import { createHash } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import type AxeBuilder from '@axe-core/playwright';
import { readCsv, type CsvTable } from '../../src/lib/data/csv';

export const pages = [
	'/',
	'/channels',
	'/delegations',
	'/engagement',
	'/data',
	'/embed/channels-lanes'
] as const;
export const chartPages = pages.filter((path) => path !== '/data');

export const CHART = 'figure.figure svg.chart-svg';
/** Every chart must draw something; a page's charts together must draw at least this many marks. */
export const MIN_MARKS_PER_PAGE = 3;

/** Resolves once the root layout's onMount has set `data-hydrated="true"` on <html>. */
export async function waitForHydration(page: Page): Promise<void> {
	await expect(page.locator('html'), 'hydration (data-hydrated on <html>)').toHaveAttribute(
		'data-hydrated',
		'true',
		{ timeout: 15_000 }
	);
}

/**
 * Records console errors, uncaught page errors and every request URL from now on.
 * Call before `page.goto` so nothing during load is missed.
 */
export function watch(page: Page): { errors: string[]; requests: string[] } {
	const errors: string[] = [];
	const requests: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${msg.location().url})`);
	});
	page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
	page.on('request', (req) => requests.push(req.url()));
	return { errors, requests };
}

/** URLs that leave the site; `data:` and `blob:` never touch the network. */
export function foreignRequests(requests: string[], baseURL: string): string[] {
	const origin = new URL(baseURL).origin;
	return requests.filter((url) => {
		const { protocol, origin: o } = new URL(url);
		return protocol !== 'data:' && protocol !== 'blob:' && o !== origin;
	});
}

/**
 * Number of drawn marks in each chart: paths with geometry, rects and circles with a non-zero size.
 * Reads attributes rather than layout so it also works on the server-rendered markup without JavaScript.
 */
export async function marksPerChart(charts: Locator): Promise<number[]> {
	return charts.evaluateAll((svgs) =>
		svgs.map((svg) => {
			const positive = (el: Element, name: string) => Number.parseFloat(el.getAttribute(name) ?? '') > 0;
			let n = 0;
			for (const el of svg.querySelectorAll('path, rect, circle')) {
				if (el.localName === 'path' && /[0-9]/.test(el.getAttribute('d') ?? '')) n++;
				if (el.localName === 'rect' && positive(el, 'width') && positive(el, 'height')) n++;
				if (el.localName === 'circle' && positive(el, 'r')) n++;
			}
			return n;
		})
	);
}

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export function formatViolations(violations: Violation[]): string {
	if (violations.length === 0) return 'no axe violations';
	return violations
		.map((v) => {
			const targets = v.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n');
			return `${v.id} [${v.impact}] ${v.help}\n  ${v.helpUrl}\n${targets}`;
		})
		.join('\n');
}

/** The content of the page's CSP <meta>, as served (not as the DOM may later be changed). */
export function cspFromHtml(html: string): string | undefined {
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
		if (!/http-equiv=["']?content-security-policy["']?/i.test(tag)) continue;
		return /\bcontent="([^"]*)"/i.exec(tag)?.[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"');
	}
	return undefined;
}

/** The directives of a CSP, by name. */
export function cspDirectives(csp: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of csp.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), values);
	}
	return directives;
}

/** The `'sha256-…'` source each inline <script> needs in script-src. */
export function inlineScriptHashes(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs, body]) => !/\bsrc=/i.test(attrs) && body.length > 0)
		.filter(([, attrs]) => !/type=["']?application\/(ld\+)?json/i.test(attrs))
		.map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

/**
 * An exported chart CSV as a spreadsheet or pandas (`comment='#'`) reads it: the leading `# ...` lines
 * (the title and the "Data as of" line) apart, then the table.
 */
export function readExportedCsv(text: string): { comments: string[]; table: CsvTable } {
	const lines = text.replace(/^\uFEFF/, '').split('\r\n');
	const n = lines.findIndex((l) => !l.startsWith('# '));
	return { comments: lines.slice(0, n).map((l) => l.slice(2)), table: readCsv(lines.slice(n).join('\r\n')) };
}

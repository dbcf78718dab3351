// Seeded generator of SYNTHETIC GDELT 2.0-format event files, for benchmarks only: `node scripts/gen-gdelt.mjs
// ROWS [--seed N] [--dir DIR]`. Writes to a temporary directory (never into data/) and prints the path. Every row
// says it is synthetic (actor names "SYNTHETIC", source URLs on the reserved .invalid domain): never show it as data.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** mulberry32: a small seeded PRNG, so the same seed gives the same file. */
function random(/** @type {number} */ seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COUNTRIES = ['CHN', 'USA', 'RUS', 'JPN', 'GBR', 'FRA', 'IND', 'DEU', ''];
const TYPES = ['', '', '', 'GOV', 'MIL', 'BUS', 'EDU', 'MED', 'CVL', 'NGO', 'LEG', 'IGO', 'REB'];

/**
 * Writes `rows` synthetic rows; about a third are China-US dyads.
 * @param {number} rows @param {{ seed?: number, dir?: string }} [options] @returns {Promise<string>} the file path
 */
export async function generateGdelt(rows, { seed = 1, dir = join(tmpdir(), 'gdelt-synthetic') } = {}) {
	const outDir = resolve(dir);
	if (outDir.startsWith(resolve(import.meta.dirname, '..', 'data')))
		throw new Error('synthetic data never goes into data/');
	await mkdir(outDir, { recursive: true });
	const path = join(outDir, `synthetic-${rows}-seed${seed}.export.CSV`);
	const out = createWriteStream(path);
	const rnd = random(seed);
	const pick = (/** @type {string[]} */ list) => list[Math.floor(rnd() * list.length)];
	const start = Date.UTC(2015, 1, 19);
	const span = Date.UTC(2024, 11, 31) - start;
	let buffer = [];
	for (let i = 0; i < rows; i++) {
		const dyad = rnd() < 0.35;
		const [c1, c2] = dyad
			? rnd() < 0.5
				? ['CHN', 'USA']
				: ['USA', 'CHN']
			: [pick(COUNTRIES), pick(COUNTRIES)];
		const day = new Date(start + Math.floor((rnd() * span) / 864e5) * 864e5)
			.toISOString()
			.slice(0, 10)
			.replaceAll('-', '');
		const cells = Array(61).fill('');
		cells[0] = String(1000000000 + i);
		cells[1] = day;
		cells[2] = day.slice(0, 6);
		cells[3] = day.slice(0, 4);
		cells[5] = c1;
		cells[6] = c1 && 'SYNTHETIC';
		cells[7] = c1;
		cells[12] = pick(TYPES);
		cells[15] = c2;
		cells[16] = c2 && 'SYNTHETIC';
		cells[17] = c2;
		cells[22] = pick(TYPES);
		cells[25] = '1';
		cells[26] = '042';
		cells[29] = String(1 + Math.floor(rnd() * 4));
		cells[30] = '1.9';
		cells[59] = `${day}000000`;
		cells[60] = `https://synthetic.invalid/${i}`;
		buffer.push(cells.join('\t'));
		if (buffer.length === 10_000) {
			if (!out.write(buffer.join('\n') + '\n')) await new Promise((r) => out.once('drain', () => r(null)));
			buffer = [];
		}
	}
	out.end(buffer.length ? buffer.join('\n') + '\n' : '');
	await new Promise((r) => out.once('finish', () => r(null)));
	return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { seed: { type: 'string', default: '1' }, dir: { type: 'string' } }
	});
	const rows = Number(positionals[0]);
	if (!Number.isInteger(rows) || rows < 1) {
		console.error('usage: node scripts/gen-gdelt.mjs ROWS [--seed N] [--dir DIR]');
		process.exit(2);
	}
	console.log(await generateGdelt(rows, { seed: Number(values.seed), dir: values.dir }));
}

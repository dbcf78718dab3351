// `npm run ingest -- FILE... [--out data/....csv]`: the browser's event-data import as a command, for files
// too large to drop into a page. GDELT 2.0 exports (.CSV or .zip) and ICEWS .tab files are streamed through
// the same TypeScript modules as the browser worker (loaded with Vite's module runner, no build step), and
// the China-US events are written as monthly counts per track: to --out, or to stdout.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = 'usage: npm run ingest -- FILE... [--out data/<name>.csv] [--quiet] [--stats]';

/** @typedef {typeof import('../src/lib/eventdata/node.ts')} Ingest */

/** Loads src/lib/eventdata/node.ts through Vite (TypeScript, no build step). */
export async function loadIngest() {
	const { module } = /** @type {{ module: Ingest }} */ (
		await runnerImport(resolve(ROOT, 'src/lib/eventdata/node.ts'), {
			configFile: false,
			root: ROOT,
			logLevel: 'error',
			resolve: { alias: { $lib: resolve(ROOT, 'src/lib') } }
		})
	);
	return module;
}

async function main() {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			out: { type: 'string' },
			quiet: { type: 'boolean', default: false },
			stats: { type: 'boolean', default: false }
		}
	});
	if (positionals.length === 0) {
		console.error(USAGE);
		process.exit(2);
	}
	const ingest = await loadIngest();
	const log = (/** @type {string} */ s) => values.quiet || console.error(s);
	const indexes = [];
	let failed = 0;
	for (const path of positionals) {
		const started = performance.now();
		const result = await ingest.ingestFile(path);
		if (!result.ok) {
			console.error(`ingest: ${ingest.formatIssue(result.issue)}`);
			failed++;
			continue;
		}
		const seconds = (performance.now() - started) / 1000;
		log(
			`${path}: ${ingest.FORMAT_LABEL[result.format]()}${result.zipped ? ', zipped' : ''}; ` +
				`${result.rowsRead} rows read, ${result.rowsKept} China-US events kept, ${result.rowsOther} of other countries, ` +
				`${result.problemCount} skipped for a problem (${Math.round(result.rowsRead / seconds)} rows/s)`
		);
		for (const p of result.problems.slice(0, 10)) log(`  ${ingest.formatIssue(p)}`);
		if (result.problemCount > 10) log(`  ... and ${result.problemCount - 10} more`);
		indexes.push(result.index);
		// --stats: one JSON line for the benchmark (rows/s and the process's peak memory so far).
		if (values.stats)
			console.error(
				JSON.stringify({ rows: result.rowsRead, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 })
			);
	}
	if (indexes.length > 0) {
		const csv = ingest.monthlyCsv(ingest.monthlyRows(ingest.mergePacked(indexes)));
		if (values.out) {
			await writeFile(values.out, csv);
			log(`wrote ${values.out}`);
		} else process.stdout.write(csv);
	}
	if (failed > 0) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((err) => {
		console.error(`ingest: ${err instanceof Error ? err.message : err}`);
		process.exit(1);
	});
}

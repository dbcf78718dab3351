// npm run export -- --out DIR [--preset NAME|all] [--lang en|zh|bilingual] [--scale 1|2|4] [--only chart-id,...]
// Renders every chart of the shipped data to SVG and PNG (and its rows to CSV), as the in-browser export does.
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const PRESETS = ['slide-16x9', 'slide-4x3', 'a4-landscape', 'square', 'as-shown'];
const { values } = parseArgs({
	options: {
		out: { type: 'string' },
		preset: { type: 'string', default: 'slide-16x9' },
		lang: { type: 'string', default: 'en' },
		scale: { type: 'string', default: '2' },
		only: { type: 'string', default: '' }
	}
});

/** @param {string} message */
function fail(message) {
	console.error(`npm run export: ${message}`);
	process.exit(2);
}
if (!values.out) fail('--out DIR is required (where the files go)');
const presets = values.preset === 'all' ? PRESETS : [values.preset];
for (const p of presets)
	if (!PRESETS.includes(p)) fail(`unknown preset "${p}"; one of: ${PRESETS.join(', ')}, all`);
if (!['en', 'zh', 'bilingual'].includes(values.lang))
	fail(`unknown language "${values.lang}"; one of: en, zh, bilingual`);
const scale = Number(values.scale);
if (![1, 2, 4].includes(scale)) fail(`--scale must be 1, 2 or 4, not "${values.scale}"`);

// Vite loads the same Svelte components and $lib modules the site is built from, rendered on the server.
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
	const { exportAll } = await vite.ssrLoadModule('/src/lib/export/node.ts');
	const started = performance.now();
	const files = await exportAll({
		out: values.out,
		presets,
		lang: values.lang,
		scale,
		only: values.only ? values.only.split(',') : []
	});
	for (const f of files) console.log(f);
	console.log(`${files.length} files in ${Math.round(performance.now() - started)} ms`);
} catch (e) {
	console.error(`npm run export: ${e instanceof Error ? e.message : e}`);
	process.exitCode = 1;
} finally {
	await vite.close();
}

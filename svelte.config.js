import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

/** Chart ids of the Figure registry: each has an embed page per language (tested in i18n/prerender.test.ts). */
export const FIGURE_IDS = [
	...readFileSync('src/lib/figures/registry.ts', 'utf8').matchAll(/^\t\tid: '([a-z0-9-]+)',$/gm)
].map((m) => m[1]);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Links are absolute paths ("/channels"), so Paraglide can put the language in front ("/zh-CN/channels").
		paths: { relative: false },
		// Pages are found by following links from "/" (the language switch links every page to its Chinese
		// twin); Chinese embeds are linked from nowhere, so they are listed.
		prerender: {
			entries: ['*', ...FIGURE_IDS.map((id) => /** @type {`/${string}`} */ (`/zh-CN/embed/${id}`))],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Only the site's own scripts and styles. LayerCake sets inline style attributes,
		// so styles need 'unsafe-inline'; scripts are hashed.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

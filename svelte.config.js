import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { FIGURE_IDS } from './src/lib/figures/figure-ids.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Links are absolute paths ("/channels"), so Paraglide can put the language in front ("/zh-CN/channels").
		paths: { relative: false },
		// Pages are found by following links from "/" (the language switch links every page to its Chinese
		// twin); Chinese embeds are linked from nowhere, so they are listed, one per Figure of the registry.
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

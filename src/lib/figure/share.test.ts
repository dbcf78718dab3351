import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, HEIGHT_MESSAGE, viewLink } from './share';

const here = { origin: 'https://dash.example', pathname: '/channels', search: '?track=civil' };

describe('share links', () => {
	it('viewLink() keeps the view state and anchors the Figure', () => {
		expect(viewLink(here, 'channels-lanes')).toBe('https://dash.example/channels?track=civil#channels-lanes');
	});

	it('embedUrl() points at the Figure alone with the same state, under the base path', () => {
		expect(embedUrl(here, '/dash', 'channels-lanes')).toBe(
			'https://dash.example/dash/embed/channels-lanes?track=civil'
		);
	});

	it('embedCode() is an iframe with a title and a listener for our height messages only', () => {
		const code = embedCode('https://dash.example/embed/x?a=1&b=2', 'A "title" <here>');
		expect(code).toContain(
			'<iframe src="https://dash.example/embed/x?a=1&amp;b=2" title="A &quot;title&quot; &lt;here>"'
		);
		expect(code).toContain(`d.type!=='${HEIGHT_MESSAGE}'`);
		expect(code).toContain('f.contentWindow===e.source');
	});
});

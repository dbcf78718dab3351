/**
 * The links a Figure can be shared by: this exact view (query string kept, the Figure as the anchor), and
 * an iframe embed of the Figure alone that sizes itself to its content through postMessage.
 */

/** The message an embedded Figure sends its parent page whenever its height changes. */
export const HEIGHT_MESSAGE = 'us-china-channels:height';

/** Link to the page as it is now, scrolled to the Figure. */
export function viewLink(
	location: Pick<Location, 'origin' | 'pathname' | 'search'>,
	figureId: string
): string {
	return `${location.origin}${location.pathname}${location.search}#${figureId}`;
}

/** URL of the Figure alone, with the same view state. */
export function embedUrl(
	location: Pick<Location, 'origin' | 'search'>,
	base: string,
	figureId: string
): string {
	return `${location.origin}${base}/embed/${figureId}${location.search}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** HTML to paste into another page: the iframe, and a listener that sets its height from our messages. */
export function embedCode(url: string, title: string): string {
	return (
		`<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="640" style="border:0;width:100%" loading="lazy"></iframe>\n` +
		`<script>addEventListener('message',function(e){var d=e.data;if(!d||d.type!=='${HEIGHT_MESSAGE}')return;` +
		`document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+'px'})})</script>`
	);
}

/** PNG from an exported SVG in the browser: drawn to a canvas at 1x, 2x or 4x, once its fonts are in. */
import { m } from '$lib/i18n';

/** Draws `svg` (width x height) at `scale` and returns the PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.width = width;
		img.height = height;
		img.src = url;
		await img.decode();
		// decode() resolves before the SVG's embedded fonts are ready (text is invisible for ~50-100 ms in
		// Chromium), so wait until drawing it gives the same picture twice.
		await untilStable(img, width, height);
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error(m.figure_error_no_canvas());
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(m.figure_error_png()))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Draws a thumbnail every 50 ms until it stops changing (at least 200 ms, at most 3 s). */
async function untilStable(img: HTMLImageElement, width: number, height: number) {
	const k = Math.min(1, 480 / width);
	const canvas = document.createElement('canvas');
	canvas.width = Math.max(1, Math.round(width * k));
	canvas.height = Math.max(1, Math.round(height * k));
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) return;
	const signature = () => {
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
		let sum = 0;
		for (let i = 0; i < d.length; i += 4) sum = (sum * 31 + d[i] + d[i + 1] + d[i + 2]) % 1_000_000_007;
		return sum;
	};
	const start = performance.now();
	let last = signature();
	let changedAt = start;
	while (performance.now() - start < 3000) {
		await new Promise((r) => setTimeout(r, 50));
		const now = signature();
		if (now !== last) {
			last = now;
			changedAt = performance.now();
		} else if (performance.now() - start >= 200 && performance.now() - changedAt >= 100) return;
	}
}

/** Saves a Blob under `name` through a temporary link. */
export function download(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.style.display = 'none';
	document.body.append(a);
	// A click that does not bubble: page-level click handlers (closing menus) never see it.
	a.dispatchEvent(new MouseEvent('click', { bubbles: false }));
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

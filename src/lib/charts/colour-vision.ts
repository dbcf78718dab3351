/**
 * How a colour looks to people with the common colour-vision deficiencies (Machado, Oliveira and Fernandes
 * 2009, full severity), and how far apart two colours are (CIE76 delta E in CIELAB), so the palette can be
 * checked rather than trusted.
 */

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia' | 'achromatopsia';

type Matrix = [number, number, number, number, number, number, number, number, number];

const MACHADO: Record<Exclude<Deficiency, 'achromatopsia'>, Matrix> = {
	protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
	deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
	tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039]
};

type Rgb = [number, number, number];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (v: number) => Math.min(1, Math.max(0, v));

export function hexToLinear(hex: string): Rgb {
	const n = parseInt(hex.replace('#', ''), 16);
	return [toLinear(((n >> 16) & 255) / 255), toLinear(((n >> 8) & 255) / 255), toLinear((n & 255) / 255)];
}

/** The colour as seen with `deficiency` (linear RGB). Achromatopsia: luminance only, as in grey print. */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
	if (deficiency === 'achromatopsia') {
		const y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
		return [y, y, y];
	}
	const m = MACHADO[deficiency];
	return [
		clamp(m[0] * rgb[0] + m[1] * rgb[1] + m[2] * rgb[2]),
		clamp(m[3] * rgb[0] + m[4] * rgb[1] + m[5] * rgb[2]),
		clamp(m[6] * rgb[0] + m[7] * rgb[1] + m[8] * rgb[2])
	];
}

/** CIELAB (D65) of a linear RGB colour. */
export function lab([r, g, b]: Rgb): Rgb {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference between two hex colours as seen with `deficiency` (or normally). */
export function deltaE(a: string, b: string, deficiency?: Deficiency): number {
	const see = (hex: string) => {
		const rgb = hexToLinear(hex);
		return lab(deficiency ? simulate(rgb, deficiency) : rgb);
	};
	const [l1, a1, b1] = see(a);
	const [l2, a2, b2] = see(b);
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

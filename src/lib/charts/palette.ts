/**
 * The visual language shared by every chart (design.md): two tracks in Okabe-Ito hues that survive
 * colour-blindness and grey print, a neutral grey for untyped or context marks, and one encoding of
 * confidence used everywhere.
 */
import type { Confidence } from '$lib/data/fields';

export const COLORS = {
	official: '#0072B2',
	/** Official tint for suspended channels: lighter, still distinct in grey print. */
	officialTint: '#A9CDE6',
	civil: '#E69F00',
	/** Darker civil for text and strokes: #E69F00 fails text contrast on white. */
	civilInk: '#8F5F00',
	context: '#454545',
	contextLight: '#C8C8C8',
	ink: '#1A1A1A',
	muted: '#555555',
	grid: '#E3E3E3',
	background: '#FFFFFF'
} as const;

/** How confidence is drawn, in every chart: solid, lighter and dashed, outline and hatched. */
export interface ConfidenceStyle {
	fillOpacity: number;
	strokeDasharray: string | undefined;
	/** Claimed marks have no solid fill: they are outlined and hatched. */
	hatched: boolean;
}

export const CONFIDENCE_STYLE: Record<Confidence, ConfidenceStyle> = {
	verified: { fillOpacity: 1, strokeDasharray: undefined, hatched: false },
	reported: { fillOpacity: 0.45, strokeDasharray: '4 2', hatched: false },
	estimate: { fillOpacity: 0.3, strokeDasharray: '1 2', hatched: false },
	claimed: { fillOpacity: 0, strokeDasharray: '6 3', hatched: true }
};

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
	verified: 'Verified',
	reported: 'Reported',
	estimate: 'Estimate',
	claimed: 'Claimed'
};

export const CONFIDENCE_MEANING: Record<Confidence, string> = {
	verified: 'read in a published source',
	reported: 'commonly reported, or a single weak source',
	estimate: 'our estimate, with its method in the notes',
	claimed: 'asserted by someone, not confirmed'
};

/** A span of possible dates (only the month or season is known): faint and dashed, not a duration. */
export const APPROXIMATE = { fillOpacity: 0.15, strokeDasharray: '3 2' } as const;

/**
 * The visual language shared by every chart (design.md): two tracks in Okabe-Ito hues that survive
 * colour-blindness and grey print, a neutral grey for untyped or context marks, and one encoding of
 * confidence used everywhere.
 */
import type { Confidence } from '$lib/data/fields';
import { m } from '$lib/i18n';

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

// Messages are read when called, so every label follows the page's language (never frozen at import).
const CONFIDENCE_LABEL: Record<Confidence, () => string> = {
	verified: m.figure_confidence_verified,
	reported: m.figure_confidence_reported,
	estimate: m.figure_confidence_estimate,
	claimed: m.figure_confidence_claimed
};

const CONFIDENCE_MEANING: Record<Confidence, () => string> = {
	verified: m.figure_confidence_verified_meaning,
	reported: m.figure_confidence_reported_meaning,
	estimate: m.figure_confidence_estimate_meaning,
	claimed: m.figure_confidence_claimed_meaning
};

/** "Verified" / "已核实": the name of a confidence level in the page's language. */
export const confidenceLabel = (level: Confidence): string => CONFIDENCE_LABEL[level]();

/** A confidence level as a word inside a sentence ("reported", "有报道"). */
export const confidenceWord = (level: Confidence): string => confidenceLabel(level).toLowerCase();

/** "read in a published source" / "见于公开发表的来源": what a confidence level means. */
export const confidenceMeaning = (level: Confidence): string => CONFIDENCE_MEANING[level]();

/** A span of possible dates (only the month or season is known): faint and dashed, not a duration. */
export const APPROXIMATE = { fillOpacity: 0.15, strokeDasharray: '3 2' } as const;

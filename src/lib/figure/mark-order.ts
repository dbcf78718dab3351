/** The order a keyboard walks a chart's marks in: left to right, then top to bottom for marks that share x. */

export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** Indices of `boxes` in reading order of their centres; x within `tolerance` px counts as the same column. */
export function markOrder(boxes: Box[], tolerance = 2): number[] {
	const centre = boxes.map((b) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 }));
	return boxes
		.map((_, i) => i)
		.sort((a, b) => {
			const dx = centre[a].x - centre[b].x;
			return Math.abs(dx) > tolerance ? dx : centre[a].y - centre[b].y || a - b;
		});
}

/** The index `step` places from `current` in an order of `count`, clamped (no wrap: the ends are the ends). */
export function stepIndex(current: number, step: number, count: number): number {
	return Math.max(0, Math.min(count - 1, current + step));
}

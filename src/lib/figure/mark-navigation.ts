/**
 * Keyboard walking of a chart (a Svelte action on the Figure's chart box). The chart is one tab stop:
 * Tab lands on its current mark; arrow keys move from mark to mark in reading order (Home/End to the
 * ends); Enter pins the focused mark's detail card; Escape closes it. Every move is announced through
 * `announce`, for a live region. Marks are the focusable elements the layers draw.
 */
import { m } from '$lib/i18n';
import { markOrder, stepIndex } from './mark-order';
import type { TooltipState } from './tooltip.svelte';

const MARKS = 'svg.chart-svg [tabindex]';

export interface MarkNavigation {
	tooltip: TooltipState;
	announce: (text: string) => void;
}

export function markNavigation(box: HTMLElement, options: MarkNavigation) {
	let current = 0;
	let marks: Element[] = [];

	const order = () => {
		const found = [...box.querySelectorAll(MARKS)];
		marks = markOrder(found.map((m) => m.getBoundingClientRect())).map((i) => found[i]);
		current = Math.min(current, Math.max(0, marks.length - 1));
		// One tab stop per chart: only the current mark takes focus from Tab.
		marks.forEach((m, i) => m.setAttribute('tabindex', i === current ? '0' : '-1'));
	};

	const focus = (index: number) => {
		current = index;
		order();
		(marks[current] as HTMLElement | SVGElement | undefined)?.focus();
	};

	const label = (el: Element | undefined) => el?.getAttribute('aria-label') ?? '';

	function onKeydown(e: KeyboardEvent) {
		const at = marks.indexOf(document.activeElement as Element);
		if (at < 0) return;
		const moves: Record<string, number> = {
			ArrowRight: 1,
			ArrowDown: 1,
			ArrowLeft: -1,
			ArrowUp: -1,
			Home: -Infinity,
			End: Infinity
		};
		if (e.key in moves) {
			e.preventDefault();
			const step = moves[e.key];
			const next = Number.isFinite(step)
				? stepIndex(at, step, marks.length)
				: step < 0
					? 0
					: marks.length - 1;
			focus(next);
			options.announce(
				m.figure_nav_position({ position: next + 1, total: marks.length, label: label(marks[next]) })
			);
		} else if (e.key === 'Enter' || e.key === ' ') {
			e.preventDefault();
			options.tooltip.pinned = true;
			options.announce(m.figure_nav_details({ label: label(marks[at]) }));
		} else if (e.key === 'Escape' && options.tooltip.pinned) {
			e.preventDefault();
			e.stopPropagation();
			options.tooltip.pinned = false;
			options.tooltip.hide();
			options.announce(m.figure_nav_details_closed());
		}
	}

	function onFocusIn(e: FocusEvent) {
		const at = marks.indexOf(e.target as Element);
		if (at >= 0 && at !== current) {
			current = at;
			marks.forEach((m, i) => m.setAttribute('tabindex', i === current ? '0' : '-1'));
		}
	}

	order();
	// Charts draw again when their width changes: keep the order and the single tab stop.
	const observer = new MutationObserver(() => {
		observer.disconnect();
		order();
		observer.observe(box, { childList: true, subtree: true });
	});
	observer.observe(box, { childList: true, subtree: true });
	box.addEventListener('keydown', onKeydown);
	box.addEventListener('focusin', onFocusIn);
	return {
		destroy() {
			observer.disconnect();
			box.removeEventListener('keydown', onKeydown);
			box.removeEventListener('focusin', onFocusIn);
		}
	};
}

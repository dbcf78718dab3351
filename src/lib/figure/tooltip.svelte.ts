/**
 * One tooltip per Figure. A mark gets `use:tip={...}`: hovering or focusing it shows the tip, leaving or
 * blurring hides it. The Figure owns the state and renders the box; actions find it through the
 * Figure's root element, so layers stay one-mark-per-file and need no props for it.
 */
import { confidenceWord } from '$lib/charts/palette';
import { m } from '$lib/i18n';
import type { Tip } from './types';

export class TooltipState {
	tip = $state<Tip | null>(null);
	/** The mark's centre x, top and bottom relative to the Figure's chart box, in CSS pixels. */
	x = $state(0);
	top = $state(0);
	bottom = $state(0);
	/** Width of the chart box, so the tooltip can be kept inside it. */
	boxWidth = $state(0);
	/** Pinned open from the keyboard (Enter): stays until Escape, whatever the pointer does. */
	pinned = $state(false);

	show(tip: Tip, target: Element, box: Element | null) {
		this.pinned = false;
		const r = target.getBoundingClientRect();
		const b = box?.getBoundingClientRect() ?? { left: 0, top: 0, width: window.innerWidth };
		// Inside a scaled ancestor (a briefing slide) screen px differ from the box's own px.
		const k = box instanceof HTMLElement && box.offsetWidth > 0 ? b.width / box.offsetWidth : 1;
		this.tip = tip;
		this.x = (r.left - b.left + r.width / 2) / k;
		this.top = (r.top - b.top) / k;
		this.bottom = (r.bottom - b.top) / k;
		this.boxWidth = b.width / k;
	}

	hide() {
		if (!this.pinned) this.tip = null;
	}
}

const roots = new WeakMap<Element, TooltipState>();

/** Called by the Figure once its root element exists. */
export function registerTooltipRoot(root: Element, state: TooltipState) {
	roots.set(root, state);
}

/** Svelte action: hovering or focusing the node shows `value` in its Figure's tooltip. */
export function tip(node: Element, value: Tip) {
	let current = value;
	const state = () => {
		const root = node.closest('.figure');
		return root ? roots.get(root) : undefined;
	};
	const show = () => state()?.show(current, node, node.closest('.figure-chart'));
	const hide = () => state()?.hide();
	const events = [
		['pointerenter', show],
		['focus', show],
		['pointerleave', hide],
		['blur', hide]
	] as const;
	for (const [name, fn] of events) node.addEventListener(name, fn);
	return {
		update(next: Tip) {
			current = next;
		},
		destroy() {
			for (const [name, fn] of events) node.removeEventListener(name, fn);
		}
	};
}

/** The text a screen reader hears for a mark: the same facts the tooltip shows. */
export function tipLabel(t: Tip): string {
	// The level in lower case ("verified"), as the English marks have always said it; 已核实 in Chinese.
	const level = confidenceWord(t.confidence);
	return [t.title, t.value, t.date, level, m.figure_tip_source_spoken({ source: t.source })]
		.filter(Boolean)
		.join(m.figure_list_separator());
}

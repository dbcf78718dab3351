import { cleanup, render, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { inLocale, type Locale } from '$lib/i18n';
import ConfidenceKey from './ConfidenceKey.svelte';
import ExportMenu from './ExportMenu.svelte';
import FigureTable from './FigureTable.svelte';
import type { FigureMeta } from './types';

afterEach(cleanup);

const meta: FigureMeta = {
	id: 'test-figure',
	title: 'Named channels',
	sources: [],
	confidence: ['verified']
};
const chart = createRawSnippet(() => ({ render: () => '<svg class="chart-svg"></svg>' }));
const exportMenu = (locale: Locale) =>
	inLocale(locale, () => render(ExportMenu, { meta, legend: [], chart, figure: undefined }));

describe('ExportMenu', () => {
	it('keeps the English names the tests and users rely on', () => {
		exportMenu('en');
		expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument();
		const names = within(screen.getByRole('list', { hidden: true }))
			.getAllByRole('button', { hidden: true })
			.map((b) => b.textContent);
		expect(names).toEqual([
			'Download SVG',
			'Download PNG',
			'Copy image',
			'Download data as CSV',
			'Download PowerPoint slide'
		]);
		expect(screen.getByLabelText('Size', { selector: 'select' })).toHaveDisplayValue('Slide 16:9');
		expect(screen.getByLabelText('PNG scale', { selector: 'select' })).toHaveDisplayValue('2x');
	});

	it('reads Chinese in Chinese', () => {
		exportMenu('zh-CN');
		expect(screen.getByRole('button', { name: '导出' })).toBeInTheDocument();
		const names = within(screen.getByRole('list', { hidden: true }))
			.getAllByRole('button', { hidden: true })
			.map((b) => b.textContent);
		expect(names).toEqual(['下载SVG', '下载PNG', '复制图片', '下载CSV数据', '下载PowerPoint幻灯片']);
		const size = screen.getByLabelText('尺寸', { selector: 'select' });
		expect(
			within(size)
				.getAllByRole('option', { hidden: true })
				.map((o) => o.textContent)
		).toEqual(['幻灯片 16:9', '幻灯片 4:3', 'A4 横向', '正方形', '按显示尺寸']);
		expect(screen.getByLabelText('PNG倍率', { selector: 'select' })).toHaveDisplayValue('2倍');
	});
});

describe('ConfidenceKey', () => {
	it('explains the levels drawn in Chinese', () => {
		inLocale('zh-CN', () => render(ConfidenceKey, { id: 'f', levels: ['verified', 'claimed'] }));
		const key = screen.getByRole('list', { name: '数据可信度' });
		expect(
			within(key)
				.getAllByRole('listitem')
				.map((li) => li.textContent?.trim())
		).toEqual(['已核实：见于公开发表的来源', '声称：有人声称，未经证实']);
	});

	it('reads as before in English', () => {
		render(ConfidenceKey, { id: 'f', levels: ['reported'] });
		expect(screen.getByRole('list', { name: 'How sure the data is' })).toHaveTextContent(
			'Reported: commonly reported, or a single weak source'
		);
	});
});

describe('FigureTable', () => {
	const rows = [{ channel: 'MMCA', source: 'Xinhua' }];

	it('offers the data as 显示数据 in Chinese', () => {
		inLocale('zh-CN', () => render(FigureTable, { id: 'f', title: '有名称的渠道', rows }));
		expect(screen.getByText('显示数据（1行）')).toBeInTheDocument();
	});

	it('keeps "Show the data" in English, with row or rows', () => {
		render(FigureTable, { id: 'f', title: 'Named channels', rows });
		render(FigureTable, { id: 'g', title: 'Named channels', rows: [...rows, ...rows] });
		expect(screen.getByText('Show the data (1 row)')).toBeInTheDocument();
		expect(screen.getByText('Show the data (2 rows)')).toBeInTheDocument();
	});
});

import { describe, expect, it } from 'vitest';
import { fixtureData } from '../../../tests/fixtures/data';
import { delegationIndex } from './delegation-index';

const claim = fixtureData().claims.find((c) => c.id === 'delegations-1979-rise')!;

describe('delegationIndex()', () => {
	it('puts the base year at 100 and the claimed year at 100 + the claimed rise, as a lower bound', () => {
		expect(delegationIndex(claim).map(({ year, value, kind }) => ({ year, value, kind }))).toEqual([
			{ year: 1978, value: 100, kind: 'base' },
			{ year: 1979, value: 130, kind: 'claimed-lower-bound' }
		]);
	});

	it('keeps the claim with each point, so the attribution travels with it', () => {
		expect(delegationIndex(claim).every((p) => p.claim.speaker === 'Liye Hong')).toBe(true);
	});

	it.each([
		['upper', 'claimed-upper-bound'],
		['exact', 'claimed']
	] as const)('reads a %s bound as %s', (bound, kind) => {
		expect(delegationIndex({ ...claim, bound })[1].kind).toBe(kind);
	});

	it('returns nothing when the periods are not years', () => {
		expect(delegationIndex({ ...claim, base_period: undefined })).toEqual([]);
	});
});

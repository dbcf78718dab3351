/**
 * How the fuzz properties run: `npm test` runs FUZZ_RUNS=500 cases of each with a fixed seed (the same cases
 * every time, so CI is repeatable); `npm run fuzz` runs 10,000 with a fresh seed, printed when it starts and
 * on failure with the command that replays the failing case. A case that runs longer than CASE_LIMIT_MS is
 * reported as a hang (the inputs are a few kilobytes; the bound is there to catch a loop, not to time code).
 */
import fc from 'fast-check';
import { it } from 'vitest';

export const RUNS = Number(process.env.FUZZ_RUNS) || 500;

/** The seed CI uses; `FUZZ_SEED=random` (what `npm run fuzz` sets) or a number overrides it. */
const CI_SEED = 20_160_416;

function seedFromEnv(): number {
	const raw = process.env.FUZZ_SEED;
	if (raw === 'random') return (Math.random() * 2 ** 31) | 0;
	return raw !== undefined && raw !== '' && Number.isInteger(Number(raw)) ? Number(raw) : CI_SEED;
}

export const SEED = seedFromEnv();

/** A single case taking this long is a hang, whatever the machine's load. */
export const CASE_LIMIT_MS = 10_000;

// The whole property gets a budget of its cases' worth of hang limits; it never comes near it.
const TEST_TIMEOUT_MS = 120_000 + RUNS * 50;

type Arbs<Ts extends unknown[]> = { [K in keyof Ts]: fc.Arbitrary<Ts[K]> };

/**
 * A property test: `check` must return normally for every generated input (it asserts with `expect` or
 * throws). Runs RUNS cases (or `runs`) from SEED and fails with fast-check's report: the shrunk input, the
 * seed and the path, and the command that replays it.
 */
export function fuzz<Ts extends [unknown, ...unknown[]]>(
	name: string,
	arbitraries: Arbs<Ts>,
	check: (...args: Ts) => void,
	{ runs = RUNS }: { runs?: number } = {}
): void {
	it(
		name,
		() => {
			const property = fc.property(...(arbitraries as unknown as [fc.Arbitrary<unknown>]), (...args) => {
				const start = performance.now();
				check(...(args as unknown as Ts));
				const ms = performance.now() - start;
				if (ms > CASE_LIMIT_MS)
					throw new Error(`one case ran for ${Math.round(ms)} ms (bound ${CASE_LIMIT_MS} ms): a hang`);
			});
			const details = fc.check(property, { numRuns: runs, seed: SEED });
			if (details.failed) {
				const replay = `FUZZ_SEED=${details.seed} FUZZ_RUNS=${RUNS} npx vitest run tests/fuzz -t "${name}"`;
				const error = details.errorInstance;
				const why = error instanceof Error ? error.message : String(error);
				throw new Error(`${fc.defaultReportMessage(details)}\n\n${why}\n\nReplay with: ${replay}`);
			}
			if (details.numRuns !== runs) throw new Error(`ran ${details.numRuns} cases, expected ${runs}`);
		},
		TEST_TIMEOUT_MS
	);
}

/** A problem anyone can find in the file: a 1-based line and column, and words saying what was expected. */
export function isLocated(p: { line: number; column: number; expected: string }, lines = Infinity): boolean {
	return (
		Number.isInteger(p.line) &&
		p.line >= 1 &&
		p.line <= lines &&
		Number.isInteger(p.column) &&
		p.column >= 1 &&
		typeof p.expected === 'string' &&
		p.expected.trim().length > 0
	);
}

/** Lines in a text as an editor counts them (LF, CRLF or a lone CR end a line). */
export const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** UTF-16 code units, lone surrogates included: what a string from a file or URL may hold. */
export const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Splits bytes into chunks of `size`, as a stream delivers them. */
export function* chunks(bytes: Uint8Array, size: number): Generator<Uint8Array> {
	for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

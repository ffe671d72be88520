import { mapInOrder } from '../../../nodes/shared/execution/mapInOrder';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapInOrder', () => {
	it('keeps input order whatever order the work finishes in', async () => {
		const result = await mapInOrder([30, 5, 20, 1], 4, async (ms, index) => {
			await tick(ms);
			return index;
		});
		expect(result).toEqual({ results: [0, 1, 2, 3] });
	});

	it('never runs more than the limit at once', async () => {
		let running = 0;
		let peak = 0;
		await mapInOrder(
			Array.from({ length: 10 }, (_, i) => i),
			3,
			async () => {
				peak = Math.max(peak, ++running);
				await tick(5);
				running--;
			},
		);
		expect(peak).toBe(3);
	});

	it('after a failure starts nothing new, lets running work finish, and returns what finished with the first failure', async () => {
		const started: number[] = [];
		const run = await mapInOrder([0, 1, 2, 3, 4, 5], 2, async (value) => {
			started.push(value);
			if (value === 1) throw new Error('item 1 failed');
			if (value === 0) await tick(20);
			return `done ${value}`;
		});
		// item 0 was running when item 1 failed: it finishes; nothing after item 1 starts
		expect(started).toEqual([0, 1]);
		expect(run.results).toEqual(['done 0', undefined, undefined, undefined, undefined, undefined]);
		expect(run.failure?.index).toBe(1);
		expect((run.failure?.error as Error).message).toBe('item 1 failed');
	});

	it('keeps the first failure when a running item fails later', async () => {
		const run = await mapInOrder([0, 1], 2, async (value) => {
			await tick(value === 0 ? 20 : 1);
			throw new Error(`item ${value} failed`);
		});
		expect(run.failure?.index).toBe(1);
		expect(run.results).toEqual([undefined, undefined]);
	});

	it('treats a missing or silly limit as 1', async () => {
		let peak = 0;
		let running = 0;
		await mapInOrder([1, 2, 3], 0, async () => {
			peak = Math.max(peak, ++running);
			await tick(1);
			running--;
		});
		expect(peak).toBe(1);
	});
});

import type { IDataObject } from 'n8n-workflow';
import { createPoller } from '../engine/pollTrigger';
import { useSandbox } from '../engine/sandboxLifecycle';
import { packageNode, sandboxCredentials } from '../engine/workflows';

const sandbox = useSandbox();

const watchNode = (parameters: Record<string, unknown>) =>
	packageNode('Balance Watch', 'aiCreditsTrigger', parameters as never);

async function pollerFor(parameters: Record<string, unknown>, staticData?: IDataObject) {
	return await createPoller(watchNode(parameters), sandboxCredentials(sandbox), { staticData });
}

describe('AI Credits Trigger (polled as an active workflow is)', () => {
	it('fires once on crossing below the threshold, not again while below, and re-arms after recovery', async () => {
		const poller = await pollerFor({
			provider: 'gamma',
			event: 'balanceBelowThreshold',
			threshold: 100,
			hysteresisPercent: 10,
		});
		const sequence = [150, 90, 80, 105, 95, 120, 90];
		const fired: Array<IDataObject | null> = [];
		for (const balance of sequence) {
			sandbox.setCredits('gamma', sandbox.keys.gamma, balance);
			const result = await poller.poll();
			fired.push(result ? result[0][0].json : null);
		}
		// 105 is below 110 (threshold + 10 %): still disarmed, so 95 stays quiet; 120 re-arms.
		expect(fired.map((f) => (f ? f.remaining : null))).toEqual([
			null,
			90,
			null,
			null,
			null,
			null,
			90,
		]);
		expect(fired[1]).toMatchObject({
			provider: 'gamma',
			remaining: 90,
			previous: 150,
			change: -60,
			threshold: 100,
			event: 'balanceBelowThreshold',
			checkedAt: expect.any(String),
		});
		expect(fired[6]).toMatchObject({ previous: 120, change: -30 });
		expect(sandbox.countRequests({ provider: 'gamma' })).toBe(sequence.length);
		const saved = poller.staticData()['node:Balance Watch'] as { watch: { readings: unknown[] } };
		expect(saved.watch.readings).toHaveLength(sequence.length);
	});

	it('balance changed fires only when the balance moved', async () => {
		const poller = await pollerFor({ provider: 'stabilityAi', event: 'balanceChanged' });
		sandbox.setCredits('stabilityAi', sandbox.keys.stabilityAi, 10.5);
		expect(await poller.poll()).toBeNull();
		expect(await poller.poll()).toBeNull();
		sandbox.setCredits('stabilityAi', sandbox.keys.stabilityAi, 9.25);
		const fired = await poller.poll();
		expect(fired?.[0][0].json).toMatchObject({
			remaining: 9.25,
			previous: 10.5,
			change: -1.25,
			threshold: null,
		});
	});

	it('reports burn rate and runway from the readings kept in static data', async () => {
		const hour = 3600 * 1000;
		const now = Date.now();
		const readings = [48, 36, 24, 12].map((hoursAgo, index) => ({
			at: new Date(now - hoursAgo * hour).toISOString(),
			remaining: 1000 - 50 * index,
		}));
		const poller = await pollerFor(
			{ provider: 'gamma', event: 'everyPoll' },
			{ 'node:Balance Watch': { watch: { readings, armed: true } } },
		);
		sandbox.setCredits('gamma', sandbox.keys.gamma, 800);
		const [[item]] = (await poller.poll())!;
		// 200 credits spent over 48 hours → 100 a day, 800 left → 8 days
		expect(item.json.burnRatePerDay).toBeCloseTo(100, 0);
		expect(item.json.runwayDays).toBeCloseTo(8, 0);
		expect(item.json).toMatchObject({ previous: 850, change: -50 });
	});

	it('ImagineArt readings carry the balance breakdown where the entries name their kind', async () => {
		sandbox.setImagineArtCreditShape('typed');
		const poller = await pollerFor({ provider: 'imagineArt', event: 'everyPoll' });
		const [[item]] = (await poller.poll())!;
		expect(item.json).toMatchObject({
			provider: 'imagineArt',
			breakdown: { free: 100, subscription: 2000, topUp: 500 },
			burnRatePerDay: null,
			runwayDays: null,
		});
	});

	it('"Fetch test event" returns the current reading at once and changes nothing it remembers', async () => {
		const staticData: IDataObject = {};
		const poller = await createPoller(
			watchNode({ provider: 'gamma', event: 'balanceBelowThreshold', threshold: 100 }),
			sandboxCredentials(sandbox),
			{ staticData, mode: 'manual' },
		);
		sandbox.setCredits('gamma', sandbox.keys.gamma, 5000);
		const result = await poller.poll();
		expect(result?.[0][0].json).toMatchObject({ remaining: 5000, event: 'balanceBelowThreshold' });
		// n8n creates the node's (empty) static-data slot on read; nothing is remembered in it
		expect(poller.staticData()['node:Balance Watch'] ?? {}).toEqual({});
	});
	it('after a restart it fires again below the threshold, marked as a possible repeat, rather than miss the alert', async () => {
		const node = { provider: 'gamma', event: 'balanceBelowThreshold', threshold: 100 };
		const running = await pollerFor(node);
		sandbox.setCredits('gamma', sandbox.keys.gamma, 90);
		const first = await running.poll();
		expect(first?.[0][0].json).toMatchObject({ memory: 'none', possibleRepeat: false });
		// n8n saves static data only when a poll fires: what survives a restart is this
		const savedAtFiring = running.staticData();
		sandbox.setCredits('gamma', sandbox.keys.gamma, 500);
		expect(await running.poll()).toBeNull(); // re-armed, in memory only
		sandbox.setCredits('gamma', sandbox.keys.gamma, 80);
		expect((await running.poll())?.[0][0].json).toMatchObject({ possibleRepeat: false });

		// The restarted process reads back the state saved at the first firing; in this test the
		// engine shares the node's module, so the restart is the state naming another memory
		const saved = savedAtFiring['node:Balance Watch'] as { watch: IDataObject };
		const restarted = await pollerFor(node, {
			'node:Balance Watch': { watch: { ...saved.watch, memoryId: 'the-process-before' } },
		});
		sandbox.setCredits('gamma', sandbox.keys.gamma, 70);
		const [[alert]] = (await restarted.poll())!;
		expect(alert.json).toMatchObject({
			remaining: 70,
			previous: 90,
			memory: 'restored',
			possibleRepeat: true,
			burnRateReadings: 2,
		});
		// and then it is one alert again: the next poll below stays quiet
		expect(await restarted.poll()).toBeNull();
	});
});

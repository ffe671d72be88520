import * as n8nWorkflow from 'n8n-workflow';

type CancellableSleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * The package's one way to wait: resolves after `ms`, or rejects as soon as the execution is
 * cancelled. n8n-workflow up to 2.33 has `sleepWithAbort(ms, signal)` and a `sleep(ms)` that takes
 * no signal; 2.34 removed `sleepWithAbort` and gave `sleep` the signal. The package runs on the
 * n8n-workflow of the n8n that loads it, so it asks that copy which one it has.
 */
export async function sleepUnlessCancelled(ms: number, signal?: AbortSignal): Promise<void> {
	if (typeof n8nWorkflow.sleepWithAbort === 'function') {
		return await n8nWorkflow.sleepWithAbort(ms, signal);
	}
	return await (n8nWorkflow.sleep as CancellableSleep)(ms, signal);
}

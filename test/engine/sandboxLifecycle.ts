import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import { shutdownEngine } from './runWorkflow';

/**
 * Jest lifecycle of a test file that runs workflows against the sandbox: started once, reset
 * before each test, closed (with the engine) at the end. Returns the running sandbox.
 */
export function useSandbox(options?: SandboxOptions): Sandbox {
	let current: Sandbox | undefined;
	beforeAll(async () => {
		current = await startSandbox(options);
	});
	beforeEach(() => current?.reset());
	afterAll(async () => {
		await current?.close();
		await shutdownEngine();
	});
	return new Proxy({} as Sandbox, {
		get(_target, key) {
			if (!current) throw new Error('The sandbox starts in beforeAll: use it inside tests');
			const value = Reflect.get(current, key);
			return typeof value === 'function' ? value.bind(current) : value;
		},
	});
}

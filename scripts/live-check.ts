/**
 * `npm run live-check`: checks, with the user's own keys, the provider API assumptions this package
 * relies on. Read-only: it sends GET requests only and never spends credits. Exit 0 when every
 * request got an answer (an assumption that does not hold is news, not a failure), 1 when a key is
 * rejected or a host gives no answer.
 */
import { PROVIDERS } from './liveCheck/providers';
import { redactor } from './liveCheck/redact';
import { runProvider } from './liveCheck/runProvider';
import { resolveTarget, secretsIn, type Target } from './liveCheck/target';
import type { Mark } from './liveCheck/types';
import { packageVersion } from './liveCheck/version';

const DEFAULT_TIMEOUT_MS = 30000;

function timeoutMs(env: NodeJS.ProcessEnv): number {
	const value = Number(env.LIVE_CHECK_TIMEOUT_MS);
	return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

function wouldCheck(targets: Target[], say: (line: string) => void): void {
	for (const target of targets) {
		const { provider, baseUrl } = target;
		const others = Object.entries(provider.otherBaseUrls ?? {}).map(
			([name, { env, defaultUrl }]) =>
				` and ${(target.kind === 'unset' && target.otherBaseUrls?.[name]) || defaultUrl} (${env})`,
		);
		say(
			`${provider.name}: ${provider.keyEnv} is not set. With it, this would check, against ${baseUrl} (${provider.baseUrlEnv})${others.join('')}:`,
		);
		for (const check of provider.checks) say(`  · ${check.assumption}`);
		say('');
	}
	const names = targets.map((target) => target.provider.keyEnv).join(' or ');
	say(`Nothing was sent. Set ${names} to run the check.`);
}

function summary(marks: Mark[], failures: string[]): string {
	if (failures.length) return `Exit 1: ${failures.join('; ')}.`;
	const count = (mark: Mark) => marks.filter((seen) => seen === mark).length;
	const news = count('✘') + count('?');
	return (
		`Every request got an answer: ${count('✔')} ✔, ${count('✘')} ✘, ${count('?')} ?. ` +
		(news ? 'A ✘ or ? is news about the API, not a failure of the check.' : 'All as assumed.')
	);
}

async function main(env: NodeJS.ProcessEnv, say: (line: string) => void): Promise<number> {
	say(`n8n-nodes-ai-credits ${packageVersion()} live check: GET requests only, no credits spent.`);
	say('');
	const targets = PROVIDERS.map((provider) => resolveTarget(provider, env));
	if (targets.every((target) => target.kind === 'unset')) {
		wouldCheck(targets, say);
		return 0;
	}
	const marks: Mark[] = [];
	const failures: string[] = [];
	for (const target of targets) {
		const { provider, baseUrl } = target;
		if (target.kind === 'unset') {
			say(`${provider.name}: skipped (${provider.keyEnv} is not set)`);
		} else if (target.kind === 'invalid') {
			say(`${provider.name}: not checked: ${target.reason}`);
			failures.push(target.reason);
		} else {
			const others = Object.values(target.otherBaseUrls ?? {}).map((url) => ` and ${url}`);
			say(`${provider.name} at ${baseUrl}${others.join('')}:`);
			const outcome = await runProvider(target, say, timeoutMs(env));
			marks.push(...outcome.marks);
			if (outcome.failure) failures.push(outcome.failure);
		}
		say('');
	}
	say(summary(marks, failures));
	return failures.length ? 1 : 0;
}

// Every line goes through the redactor: an API that echoes the key cannot make us print it.
const clean = redactor(secretsIn(PROVIDERS, process.env));
main(process.env, (line) => process.stdout.write(`${clean(line)}\n`)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`live-check failed: ${clean(message)}\n`);
		process.exitCode = 1;
	},
);

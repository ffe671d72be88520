/**
 * End-to-end tests in a real n8n (installed by e2e/install-n8n.sh outside the package), one n8n
 * version per run: AI_CREDITS_N8N_VERSION (default: the default of e2e/n8n/versions.json).
 * Run with `npm run test:e2e`, which runs every listed version and prints the summary lines.
 */
const { default: fallback, versions } = require('./n8n/versions.json');

const version = process.env.AI_CREDITS_N8N_VERSION ?? fallback;
const entry = versions.find((candidate) => candidate.n8n === version);
if (!entry) throw new Error(`n8n ${version} is not listed in e2e/n8n/versions.json`);

module.exports = {
	rootDir: '..',
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/e2e'],
	testMatch: ['**/*.e2e.ts'],
	// The n8n recipes are package.json files, not modules.
	modulePathIgnorePatterns: ['<rootDir>/e2e/n8n/'],
	// The editor test runs on the versions versions.json marks with "editor": true, the queue-mode
	// test (PostgreSQL, Redis, main and two workers) on those marked "queue": true, the AI Agent
	// test on those marked "agent": true.
	testPathIgnorePatterns: [
		...(entry.editor ? [] : ['/editor\\.e2e\\.ts$']),
		...(entry.queue ? [] : ['/e2e/queue/']),
		...(entry.agent ? [] : ['/e2e/agent/']),
	],
	testTimeout: 120000,
	// Each file boots its own n8n several times; two at once keep a 2-core machine busy.
	maxWorkers: 2,
	reporters: [
		'default',
		[
			'<rootDir>/test/support/summaryReporter.js',
			{ label: `e2e-n8n-${version}`, file: `e2e-${version}-summary.txt` },
		],
	],
	transform: {
		'^.+\\.ts$': ['ts-jest', { isolatedModules: true }],
	},
};

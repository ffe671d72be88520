/**
 * End-to-end tests in a real n8n (installed by e2e/install-n8n.sh outside the package).
 * Run with `npm run test:e2e`, which installs n8n when needed and prints the summary line.
 */
module.exports = {
	rootDir: '..',
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/e2e'],
	testMatch: ['**/*.e2e.ts'],
	testTimeout: 120000,
	// Each file boots its own n8n several times; two at once keep a 2-core machine busy.
	maxWorkers: 2,
	reporters: [
		'default',
		['<rootDir>/test/support/summaryReporter.js', { label: 'e2e', file: 'e2e-summary.txt' }],
	],
	transform: {
		'^.+\\.ts$': ['ts-jest', { isolatedModules: true }],
	},
};

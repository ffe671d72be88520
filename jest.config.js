/** Unit tests (pure pricing code) and engine tests (real n8n WorkflowExecute against the sandbox). */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testTimeout: 30000,
	reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { isolatedModules: true }],
	},
};

const fs = require('fs');
const path = require('path');

/**
 * Prints the plain closing line CI reads ("<label>: N passed, N failed, N skipped") with the time
 * the tests took, and saves the line to .tmp/<file>, so a script can repeat it after jest's own
 * last lines. Options: { label, file } (default: jest, test-summary.txt).
 */
class SummaryReporter {
	constructor(_globalConfig, options = {}) {
		this.label = options.label ?? 'jest';
		this.file = options.file ?? 'test-summary.txt';
	}

	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
		const line = `${this.label}: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`;
		const seconds = ((Date.now() - results.startTime) / 1000).toFixed(1);
		const folder = path.resolve(__dirname, '..', '..', '.tmp');
		fs.mkdirSync(folder, { recursive: true });
		fs.writeFileSync(path.join(folder, this.file), `${line}\n`);
		process.stderr.write(`\n${this.label} tests took ${seconds} s\n${line}\n`);
	}
}

module.exports = SummaryReporter;

const fs = require('fs');
const path = require('path');

/**
 * Prints the plain closing line CI reads ("jest: N passed, N failed, N skipped") and saves it to
 * .tmp/test-summary.txt, so .ci/run can repeat it after jest's own last lines.
 */
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
		const line = `jest: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`;
		const folder = path.resolve(__dirname, '..', '..', '.tmp');
		fs.mkdirSync(folder, { recursive: true });
		fs.writeFileSync(path.join(folder, 'test-summary.txt'), `${line}\n`);
		process.stderr.write(`\n${line}\n`);
	}
}

module.exports = SummaryReporter;

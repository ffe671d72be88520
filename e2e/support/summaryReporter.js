const fs = require('fs');
const path = require('path');

/**
 * Prints the plain closing line CI reads ("e2e: N passed, N failed") with the time the tests took,
 * and saves the line to .tmp/e2e-summary.txt (e2e/run.sh repeats it last).
 */
class E2eSummaryReporter {
	onRunComplete(_contexts, results) {
		const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
		const line = `e2e: ${results.numPassedTests} passed, ${failed} failed`;
		const seconds = ((Date.now() - results.startTime) / 1000).toFixed(1);
		const folder = path.resolve(__dirname, '..', '..', '.tmp');
		fs.mkdirSync(folder, { recursive: true });
		fs.writeFileSync(path.join(folder, 'e2e-summary.txt'), `${line}\n`);
		process.stderr.write(`\ne2e tests took ${seconds} s\n${line}\n`);
	}
}

module.exports = E2eSummaryReporter;

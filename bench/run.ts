/** `npm run bench`: every benchmark, each printing ratios against a baseline of the same run. */
import { shutdownEngine } from '../test/engine/runWorkflow';
import { benchEstimateCredits } from './estimateCredits.bench';
import { benchGammaGeneration } from './gammaGeneration.bench';
import { benchSummarizeSpend } from './summarizeSpend.bench';

async function main() {
	try {
		await benchEstimateCredits();
		await benchGammaGeneration();
		await benchSummarizeSpend();
	} finally {
		await shutdownEngine();
	}
}

main().catch((error) => {
	process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
	process.exitCode = 1;
});

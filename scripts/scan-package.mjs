// n8n's community-package scanner (@n8n/scan-community-package, the verification gate) on this
// package, with both legs exactly as its analyzePackageByName runs them on a published package:
// the source (SOURCE_FILE_PATTERNS, here the repository root instead of the provenance checkout)
// and the npm tarball (`**/*.js` and package.json). Needs a build first (`npm run build`) and the
// tools in tools/n8n-rules (tools/n8n-rules/install.sh). Exits 1 if either leg fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scannerPath = path.join(
	root,
	'tools/n8n-rules/node_modules/@n8n/scan-community-package/scanner/scanner.mjs',
);

function run(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr || result.stdout}`);
	}
	return result.stdout;
}

function packTarball(tempDir) {
	if (!fs.existsSync(path.join(root, 'dist'))) {
		throw new Error('dist/ is missing: run `npm run build` first');
	}
	const packed = JSON.parse(
		run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tempDir], root),
	);
	const tarball = path.join(tempDir, packed[0].filename);
	const packageDir = path.join(tempDir, 'package');
	fs.mkdirSync(packageDir);
	run('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1'], tempDir);
	return packageDir;
}

function report(label, result) {
	if (result.passed) {
		console.log(`✅ ${label}: passed${result.message ? ` (${result.message})` : ''}`);
		return;
	}
	console.log(`❌ ${label}: ${result.message}`);
	if (result.details) console.log(result.details);
}

async function main() {
	if (!fs.existsSync(scannerPath)) {
		throw new Error('the scanner is not installed: run `bash tools/n8n-rules/install.sh`');
	}
	// The scanner makes a temp folder when loaded; have its `tmp` remove it when we exit.
	createRequire(scannerPath)('tmp').setGracefulCleanup();
	const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerPath).href);
	const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-credits-scan-'));
	try {
		const sourceResult = await analyzePackage(root, SOURCE_FILE_PATTERNS);
		report('source (nodes, credentials, package.json)', sourceResult);
		const tarballResult = await analyzePackage(packTarball(tempDir), ['**/*.js', 'package.json']);
		report('npm tarball (**/*.js, package.json)', tarballResult);
		return sourceResult.passed && tarballResult.passed ? 0 : 1;
	} finally {
		fs.rmSync(tempDir, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(`scan-package: ${error.message}`);
		process.exit(1);
	},
);

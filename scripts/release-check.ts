/**
 * `npm run release:check`: the tag, package.json's version and CHANGELOG.md agree.
 *
 *   npm run release:check                       package.json's version has its dated CHANGELOG
 *                                               section, the newest (CI, on every push)
 *   npm run release:check -- --tag v1.2.3       and the tag names that version (the publish workflow)
 *   npm run release:check -- --publishing       the npm and Node on PATH can publish through npm's
 *                                               trusted publishing (npm 11.5.1+, Node 22.14+)
 *   npm run release:check -- --notes 1.2.3 --out notes.md
 *                                               writes that version's CHANGELOG section, the
 *                                               GitHub Release's notes (stdout without --out)
 *
 * `--root DIR` reads package.json and CHANGELOG.md from DIR instead of the repository. Exit 0 when
 * everything agrees, 1 with one line per disagreement, 2 on a usage error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
	publishingToolProblems,
	releaseNotes,
	releaseProblems,
	repositoryWebUrl,
} from './release/changelog';

interface Options {
	root: string;
	tag?: string;
	notes?: string;
	out?: string;
	publishing: boolean;
}

function parseArgs(args: string[]): Options {
	const options: Options = { root: path.resolve(__dirname, '..'), publishing: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const value = () => {
			const next = args[++i];
			if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
			return next;
		};
		if (arg === '--tag') options.tag = value();
		else if (arg === '--notes') options.notes = value().replace(/^v/, '');
		else if (arg === '--out') options.out = value();
		else if (arg === '--root') options.root = path.resolve(value());
		else if (arg === '--publishing') options.publishing = true;
		else throw new Error(`unknown argument ${arg}`);
	}
	return options;
}

function main(args: string[]): number {
	let options: Options;
	try {
		options = parseArgs(args);
	} catch (error) {
		process.stderr.write(`release-check: ${(error as Error).message}\n`);
		return 2;
	}
	const read = (file: string) => {
		try {
			return readFileSync(path.join(options.root, file), 'utf8');
		} catch (error) {
			throw new Error(`cannot read ${file} in ${options.root}: ${(error as Error).message}`);
		}
	};
	let changelog: string;
	let pkg: { version: string; repository?: unknown };
	try {
		changelog = read('CHANGELOG.md');
		pkg = JSON.parse(read('package.json'));
	} catch (error) {
		process.stderr.write(`✘ ${(error as Error).message}\n`);
		return 1;
	}

	if (options.notes !== undefined) {
		let notes: string;
		try {
			notes = releaseNotes(changelog, options.notes);
		} catch (error) {
			process.stderr.write(`✘ ${(error as Error).message}\n`);
			return 1;
		}
		if (options.out) writeFileSync(options.out, notes);
		else process.stdout.write(notes);
		return 0;
	}

	const problems = releaseProblems({
		tag: options.tag,
		packageVersion: pkg.version,
		changelog,
		repositoryUrl: repositoryWebUrl(pkg.repository),
	});
	const npmVersion = options.publishing
		? execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()
		: undefined;
	if (npmVersion !== undefined) {
		problems.push(...publishingToolProblems(npmVersion, process.version));
	}
	if (problems.length) {
		for (const problem of problems) process.stderr.write(`✘ ${problem}\n`);
		return 1;
	}
	const what = options.tag ? `the tag ${options.tag}, ` : '';
	const tools = npmVersion
		? `; npm ${npmVersion} on Node ${process.version} can publish through trusted publishing`
		: '';
	process.stdout.write(
		`✔ ${what}package.json's version ${pkg.version} and CHANGELOG.md's [${pkg.version}] agree${tools}\n`,
	);
	return 0;
}

process.exitCode = main(process.argv.slice(2));

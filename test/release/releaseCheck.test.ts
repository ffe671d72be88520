import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import {
	parseChangelog,
	publishingToolProblems,
	releaseNotes,
	releaseProblems,
	repositoryWebUrl,
} from '../../scripts/release/changelog';
import { PACKAGE_ROOT } from '../support/packageInfo';

const REPO = 'https://github.com/n8n-nodes-ai-credits/n8n-nodes-ai-credits';
const SCRIPT = path.join(PACKAGE_ROOT, 'scripts', 'release-check.ts');
const TS_NODE = require.resolve('ts-node/dist/bin.js');

/** A changelog that agrees with version 0.2.0 and tag v0.2.0, in Keep a Changelog's form. */
const GOOD = `# Changelog

All notable changes are documented here.

## [Unreleased]

### Added

- Something not released yet.

## [0.2.0] - 2027-01-15

### Added

- Summarize Spend, see [the README][readme].

### Fixed

- A fix.

## [0.1.0] - 2026-12-01

### Added

- First release.

[Unreleased]: ${REPO}/compare/v0.2.0...HEAD
[0.2.0]: ${REPO}/compare/v0.1.0...v0.2.0
[0.1.0]: ${REPO}/releases/tag/v0.1.0
[readme]: ${REPO}#readme
`;

function check(overrides: { tag?: string; packageVersion?: string; changelog?: string } = {}) {
	return releaseProblems({
		tag: 'v0.2.0',
		packageVersion: '0.2.0',
		changelog: GOOD,
		repositoryUrl: REPO,
		...overrides,
	});
}

describe('the release check', () => {
	it('passes when the tag, package.json and CHANGELOG.md agree, with a tag or without', () => {
		expect(check()).toEqual([]);
		expect(check({ tag: undefined })).toEqual([]);
	});

	it('passes on the repository itself: package.json and CHANGELOG.md agree now', () => {
		const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
		const changelog = readFileSync(path.join(PACKAGE_ROOT, 'CHANGELOG.md'), 'utf8');
		expect(
			releaseProblems({
				tag: `v${pkg.version}`,
				packageVersion: pkg.version,
				changelog,
				repositoryUrl: repositoryWebUrl(pkg.repository),
			}),
		).toEqual([]);
	});

	it.each(['0.2.0', 'v0.2', 'v0.2.0-rc.1', 'release-0.2.0', 'v01.2.0'])(
		'refuses the tag %s: only v<major>.<minor>.<patch> is published',
		(tag) => {
			expect(check({ tag })).toEqual([
				`the tag "${tag}" is not v<major>.<minor>.<patch> (for example v0.2.0): only such tags are published`,
			]);
		},
	);

	it('fails when the tag and package.json name different versions', () => {
		expect(check({ packageVersion: '0.1.0' })).toEqual([
			"the tag v0.2.0 is version 0.2.0, but package.json's version is 0.1.0: set package.json's version to 0.2.0 (npm version 0.2.0 --no-git-tag-version) in the commit you tag, or tag v0.1.0",
		]);
	});

	it("fails when package.json's version is not a release version", () => {
		expect(check({ tag: undefined, packageVersion: '0.2' })).toContain(
			`package.json's version "0.2" is not <major>.<minor>.<patch> (for example 0.2.0)`,
		);
	});

	it('fails when the CHANGELOG has no section for the version', () => {
		expect(check({ tag: 'v0.3.0', packageVersion: '0.3.0' })).toEqual([
			'CHANGELOG.md has no "## [0.3.0] - YYYY-MM-DD" section: move what [Unreleased] lists for this release into one',
		]);
	});

	it('fails when the section has no date, or a date that does not exist', () => {
		expect(check({ changelog: GOOD.replace('## [0.2.0] - 2027-01-15', '## [0.2.0]') })).toEqual([
			`CHANGELOG.md's section [0.2.0] (line 11) has no release date: write its heading as "## [0.2.0] - YYYY-MM-DD"`,
		]);
		expect(check({ changelog: GOOD.replace('2027-01-15', '2027-02-30') })).toEqual([
			`CHANGELOG.md's section [0.2.0] (line 11) has the date "2027-02-30", not a real YYYY-MM-DD date`,
		]);
		expect(check({ changelog: GOOD.replace('2027-01-15', '15.01.2027') })).toEqual([
			`CHANGELOG.md's section [0.2.0] (line 11) has the date "15.01.2027", not a real YYYY-MM-DD date`,
		]);
	});

	it('fails when the section lists no change', () => {
		const empty = GOOD.replace(
			/## \[0\.2\.0\] - 2027-01-15\n[\s\S]*?(?=## \[0\.1\.0\])/,
			'## [0.2.0] - 2027-01-15\n\n### Added\n\n',
		);
		expect(check({ changelog: empty })).toEqual([
			"CHANGELOG.md's section [0.2.0] (line 11) lists no change: a release lists what changed under ### Added, Changed, Deprecated, Removed, Fixed or Security",
		]);
	});

	it('fails when the version released is not the newest section', () => {
		const problems = check({ tag: 'v0.1.0', packageVersion: '0.1.0' });
		expect(problems).toEqual([
			"CHANGELOG.md's newest release is [0.2.0] (line 11), not [0.1.0]: the version released is the section right under [Unreleased]",
		]);
	});

	it('fails when there is no Unreleased section, or it is not the first', () => {
		const withoutUnreleased = GOOD.replace(/## \[Unreleased\][\s\S]*?(?=## \[0\.2\.0\])/, '');
		expect(check({ changelog: withoutUnreleased })).toEqual([
			'CHANGELOG.md has no "## [Unreleased]" section: Keep a Changelog keeps one above the releases, for changes not released yet',
		]);
		const below = withoutUnreleased.replace(
			'## [0.1.0]',
			'## [Unreleased]\n\n- Later.\n\n## [0.1.0]',
		);
		expect(check({ changelog: below })[0]).toBe(
			`CHANGELOG.md's first section is [0.2.0] (line 5): "## [Unreleased]" comes first, then the releases, newest first`,
		);
	});

	it('fails when releases are out of order, named twice or not versions', () => {
		const swapped = GOOD.replace('## [0.1.0] - 2026-12-01', '## [0.3.0] - 2026-12-01');
		expect(check({ changelog: swapped })).toContain(
			'CHANGELOG.md lists [0.2.0] (line 11) above [0.3.0] (line 21): releases go newest first',
		);
		const twice = GOOD.replace('## [0.1.0] - 2026-12-01', '## [0.2.0] - 2026-12-01');
		expect(check({ changelog: twice })).toContain(
			'CHANGELOG.md has the section [0.2.0] twice (lines 11 and 21)',
		);
		const named = GOOD.replace('## [0.1.0] - 2026-12-01', '## [First] - 2026-12-01');
		expect(check({ changelog: named })).toContain(
			"CHANGELOG.md's section [First] (line 21) does not name a version <major>.<minor>.<patch>",
		);
	});

	it("fails when the version's link reference is missing or points elsewhere", () => {
		const noLink = GOOD.replace(`[0.2.0]: ${REPO}/compare/v0.1.0...v0.2.0\n`, '');
		expect(check({ changelog: noLink })).toEqual([
			`CHANGELOG.md has no link reference for [0.2.0]: add "[0.2.0]: ${REPO}/compare/v0.1.0...v0.2.0" at the bottom`,
		]);
		const elsewhere = GOOD.replace(
			`[0.2.0]: ${REPO}/compare/v0.1.0...v0.2.0`,
			'[0.2.0]: https://github.com/someone/else/compare/v0.1.0...v0.2.0',
		);
		expect(check({ changelog: elsewhere })).toEqual([
			`CHANGELOG.md's link for [0.2.0] is https://github.com/someone/else/compare/v0.1.0...v0.2.0, not this repository's v0.2.0: use ${REPO}/compare/v0.1.0...v0.2.0`,
		]);
	});

	it('fails when the Unreleased link still compares from the release before', () => {
		const stale = GOOD.replace(
			`[Unreleased]: ${REPO}/compare/v0.2.0...HEAD`,
			`[Unreleased]: ${REPO}/compare/v0.1.0...HEAD`,
		);
		expect(check({ changelog: stale })).toEqual([
			`CHANGELOG.md's link for [Unreleased] is ${REPO}/compare/v0.1.0...HEAD: after 0.2.0 it is ${REPO}/compare/v0.2.0...HEAD`,
		]);
	});

	it('reports every disagreement at once', () => {
		const problems = check({
			tag: 'v0.3.0',
			changelog: GOOD.replace(/## \[Unreleased\][\s\S]*?(?=## \[0\.2\.0\])/, ''),
		});
		expect(problems).toHaveLength(3);
	});
});

describe('the changelog reader', () => {
	it('reads sections with their dates and lines, and the link references apart from them', () => {
		const { sections, links } = parseChangelog(GOOD);
		expect(sections.map(({ name, date, line }) => ({ name, date, line }))).toEqual([
			{ name: 'Unreleased', date: undefined, line: 5 },
			{ name: '0.2.0', date: '2027-01-15', line: 11 },
			{ name: '0.1.0', date: '2026-12-01', line: 21 },
		]);
		expect(sections[2].body).toBe('### Added\n\n- First release.');
		expect(links.get('0.1.0')).toBe(`${REPO}/releases/tag/v0.1.0`);
		expect(links.size).toBe(4);
	});

	it("gives a version's section as release notes, with the link references it uses", () => {
		expect(releaseNotes(GOOD, '0.2.0')).toBe(
			[
				'### Added',
				'',
				'- Summarize Spend, see [the README][readme].',
				'',
				'### Fixed',
				'',
				'- A fix.',
				'',
				`[readme]: ${REPO}#readme`,
				'',
			].join('\n'),
		);
		expect(releaseNotes(GOOD, '0.1.0')).toBe('### Added\n\n- First release.\n');
	});

	it('has no notes for a version it does not list', () => {
		expect(() => releaseNotes(GOOD, '0.3.0')).toThrow('CHANGELOG.md has no section [0.3.0]');
		expect(() => releaseNotes('## [0.3.0] - 2027-01-01\n', '0.3.0')).toThrow(
			"CHANGELOG.md's section [0.3.0] is empty",
		);
	});

	it("reads package.json's repository in the forms npm accepts", () => {
		for (const repository of [
			{ type: 'git', url: `git+${REPO}.git` },
			{ type: 'git', url: `${REPO}.git` },
			`${REPO}/`,
			{ url: 'git://github.com/n8n-nodes-ai-credits/n8n-nodes-ai-credits.git' },
		]) {
			expect(repositoryWebUrl(repository)).toBe(REPO);
		}
		expect(repositoryWebUrl(undefined)).toBe('');
	});
});

describe('the trusted-publishing tools check', () => {
	it('accepts npm 11.5.1 or later on Node 22.14 or later', () => {
		expect(publishingToolProblems('11.5.1\n', 'v22.14.0')).toEqual([]);
		expect(publishingToolProblems('11.6.2', 'v24.11.1')).toEqual([]);
	});

	it('refuses an older npm or Node, saying what trusted publishing needs', () => {
		expect(publishingToolProblems('10.8.2', 'v20.20.2')).toEqual([
			'npm 10.8.2 cannot publish through trusted publishing, which needs npm 11.5.1 or later (https://docs.npmjs.com/trusted-publishers): publish on Node 24, whose npm is 11',
			'Node 20.20.2 cannot publish through trusted publishing, which needs Node 22.14.0 or later (https://docs.npmjs.com/trusted-publishers)',
		]);
		expect(publishingToolProblems('11.5.0', 'v22.13.9')).toHaveLength(2);
	});
});

describe('npm run release:check', () => {
	let root: string;
	beforeEach(() => {
		root = mkdtempSync(path.join(tmpdir(), 'ai-credits-release-'));
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	function write(version: string, changelog: string) {
		writeFileSync(
			path.join(root, 'package.json'),
			JSON.stringify({ version, repository: { type: 'git', url: `git+${REPO}.git` } }),
		);
		writeFileSync(path.join(root, 'CHANGELOG.md'), changelog);
	}

	function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
		return new Promise((resolve) => {
			execFile(
				process.execPath,
				[TS_NODE, '--transpile-only', SCRIPT, '--root', root, ...args],
				{ cwd: root, encoding: 'utf8' },
				(error, stdout, stderr) =>
					resolve({ code: error ? ((error.code as number | undefined) ?? 1) : 0, stdout, stderr }),
			);
		});
	}

	it('exits 0 and says so when they agree', async () => {
		write('0.2.0', GOOD);
		const result = await run(['--tag', 'v0.2.0']);
		expect(result).toEqual({
			code: 0,
			stdout: "✔ the tag v0.2.0, package.json's version 0.2.0 and CHANGELOG.md's [0.2.0] agree\n",
			stderr: '',
		});
	});

	it('exits 1 with one line per disagreement', async () => {
		write('0.1.0', GOOD);
		const result = await run(['--tag', 'v0.2.0']);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			"✘ the tag v0.2.0 is version 0.2.0, but package.json's version is 0.1.0: set package.json's version to 0.2.0 (npm version 0.2.0 --no-git-tag-version) in the commit you tag, or tag v0.1.0\n",
		);
	});

	it('writes the notes of a tag to a file', async () => {
		write('0.2.0', GOOD);
		const out = path.join(root, 'notes.md');
		const result = await run(['--notes', 'v0.2.0', '--out', out]);
		expect(result.code).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe(releaseNotes(GOOD, '0.2.0'));
		expect((await run(['--notes', '0.3.0'])).stderr).toBe(
			'✘ CHANGELOG.md has no section [0.3.0]\n',
		);
	});

	it('exits 2 on an argument it does not know, 1 without the files', async () => {
		expect(await run(['--tga', 'v0.2.0'])).toMatchObject({
			code: 2,
			stderr: 'release-check: unknown argument --tga\n',
		});
		const missing = await run([]);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/^✘ cannot read CHANGELOG\.md in /);
	});
});
